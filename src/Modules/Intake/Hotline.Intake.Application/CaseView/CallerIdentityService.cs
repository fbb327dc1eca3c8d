using Hotline.Platform.Identity;
using Hotline.Platform.Notifications;
using Hotline.Platform.Organization;

namespace Hotline.Intake.CaseView;

/// <summary>
/// The single gate to a caller's identity. Center roles whose work needs the number may reveal it
/// (audited); other center roles see it masked. Member units see a case's caller only while they are
/// on the case: never on a confidential case or a complaint about themselves (or their parent or
/// sub-units); the full number only while they hold the lead's active assignment, and every reveal is audited.
/// </summary>
internal sealed class CallerIdentityService(
    IDbContextFactory<IntakeDbContext> contexts,
    IntakeAccess access,
    IUnitDirectory units,
    CurrentUser currentUser,
    TimeProvider clock) : ICallerIdentity
{
    public Task<CallerView> ViewAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        ResolveAsync(caseId, reveal: false, purpose: null, cancellationToken);

    public Task<CallerView> RevealAsync(Guid caseId, string purpose, CancellationToken cancellationToken = default) =>
        ResolveAsync(caseId, reveal: true, purpose, cancellationToken);

    /// <summary>Whether the signed-in user could reveal the full number of this case now (for showing the button).</summary>
    public async Task<bool> CanRevealAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var (viewer, participation) = await access.RequireCaseViewerAsync(caseId, cancellationToken);
        if (viewer.IsCenter)
            return await access.IsInAnyRoleAsync(IntakeAccess.PhoneRevealers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, cancellationToken);
        return c?.CallerPhone is not null && participation.Active && participation.IsLead && await WithheldReasonAsync(c, viewer.UnitId!.Value, cancellationToken) is null;
    }

    private async Task<CallerView> ResolveAsync(Guid caseId, bool reveal, string? purpose, CancellationToken cancellationToken)
    {
        var (viewer, participation) = await access.RequireCaseViewerAsync(caseId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, cancellationToken)
            ?? throw new BusinessRuleException("工单不存在。");
        var masked = new CallerView(c.CallerName, c.CallerPhone is null ? null : PhoneMask.Mask(c.CallerPhone), c.CallerPhone is not null, false, null);

        if (!viewer.IsCenter)
        {
            if (await WithheldReasonAsync(c, viewer.UnitId!.Value, cancellationToken) is { } reason)
                return Withheld(reason);
            if (!reveal)
                return masked;
            if (!participation.Active)
                throw new UnauthorizedAccessException("本单位在该工单上已无在办任务，不能查看诉求人电话。");
            // Only the lead contacts the caller; co-handling units give their opinion to the lead.
            if (!participation.IsLead)
                throw new UnauthorizedAccessException("协办单位不直接联系诉求人，无需查看完整电话。");
        }
        else
        {
            if (!reveal)
                return masked;
            if (!await access.IsInAnyRoleAsync(IntakeAccess.PhoneRevealers))
                throw new UnauthorizedAccessException("您的角色无权查看完整电话号码。");
        }

        var actor = await currentUser.ActorAsync();
        db.Audit(actor, clock, "查看诉求人电话", "Case", c.Number, string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return new CallerView(c.CallerName, c.CallerPhone, PhoneMasked: false, IdentityWithheld: false, null);
    }

    /// <summary>Why a unit may not see this caller at all, or null when it may (the shared shielding rule).</summary>
    private Task<string?> WithheldReasonAsync(IntakeCase c, Guid unitId, CancellationToken cancellationToken) =>
        CallerShield.ReasonAsync(units, c.IsConfidential, c.SubjectUnitId, unitId, cancellationToken);

    private static CallerView Withheld(string reason) => new(CallerShield.Withheld, null, PhoneMasked: true, IdentityWithheld: true, reason);
}
