using Hotline.Platform.Security;
using Hotline.Platform.Persistence;

namespace Hotline.Intake.Decisions;

internal sealed record ReasonRow(string Code, string Name, string Basis, string? DefaultGuidance, bool IsActive, int SortOrder, Guid Version);

/// <summary>The 不予受理 code table: agents read the active ones, the CenterAdmin edits them.</summary>
internal sealed class NonAcceptanceReasonAdmin(IDbContextFactory<IntakeDbContext> contexts, AdminGuard guard, IntakeAccess access, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReasonRow>> ListAsync(bool activeOnly, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(Platform.Identity.HotlinePolicies.CenterRoles);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.NonAcceptanceReasons.AsNoTracking()
            .Where(r => !activeOnly || r.IsActive)
            .OrderBy(r => r.SortOrder)
            .Select(r => new ReasonRow(r.Code, r.Name, r.Basis, r.DefaultGuidance, r.IsActive, r.SortOrder, r.Version))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Creates (when <paramref name="expectedVersion"/> is null) or updates a reason.</summary>
    public async Task SaveAsync(ReasonRow input, Guid? expectedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        var code = input.Code.Trim().ToUpperInvariant();
        var errors = new List<string>();
        if (!System.Text.RegularExpressions.Regex.IsMatch(code, "^[A-Z][A-Z0-9_]{1,39}$"))
            errors.Add("代码须为 2–40 位大写字母、数字或下划线，以字母开头。");
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 100)
            errors.Add("请填写原因名称（不超过 100 字）。");
        if (string.IsNullOrWhiteSpace(input.Basis) || input.Basis.Trim().Length > 1000)
            errors.Add("请填写依据（不超过 1000 字）。");
        if (input.DefaultGuidance?.Trim().Length > 1000)
            errors.Add("告知途径不超过 1000 字。");
        if (errors.Count > 0)
            throw new BusinessRuleException(string.Join(Environment.NewLine, errors));

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reason = await db.NonAcceptanceReasons.FirstOrDefaultAsync(r => r.Code == code, cancellationToken);
        if (expectedVersion is null)
        {
            if (reason is not null)
                throw new BusinessRuleException($"代码 {code} 已存在。");
            db.NonAcceptanceReasons.Add(reason = new NonAcceptanceReason { Code = code });
        }
        else
        {
            if (reason is null)
                throw new BusinessRuleException("该原因已不存在，请刷新。");
            db.Entry(reason).Property(r => r.Version).OriginalValue = expectedVersion.Value;
        }
        reason.Name = input.Name.Trim();
        reason.Basis = input.Basis.Trim();
        reason.DefaultGuidance = input.DefaultGuidance?.Trim();
        reason.IsActive = input.IsActive;
        reason.SortOrder = input.SortOrder;
        db.Audit(actor, clock, expectedVersion is null ? "新增不予受理原因" : "修改不予受理原因", "NonAcceptanceReason", code, reason.Name);
        await db.SaveOrConflictAsync(cancellationToken: cancellationToken);
    }
}
