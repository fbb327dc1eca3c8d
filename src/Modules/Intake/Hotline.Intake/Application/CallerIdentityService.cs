using Hotline.Intake.Contracts;
using Hotline.Intake.Persistence;
using Hotline.Platform;
using Hotline.Platform.Auditing;
using Hotline.Platform.Identity;
using Hotline.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Intake.Application;

/// <summary>
/// The single gate to a caller's identity. Center roles whose work needs the number may reveal it
/// (audited); other center roles see it masked. Member units never see the caller of a confidential
/// case or of a complaint about themselves, and otherwise see a masked number until Dispatch tells
/// Intake which units are on the case.
/// </summary>
internal sealed class CallerIdentityService(
    IDbContextFactory<IntakeDbContext> contexts,
    IntakeAccess access,
    CurrentUser currentUser,
    TimeProvider clock) : ICallerIdentity
{
    public Task<CallerView> ViewAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        ResolveAsync(caseId, reveal: false, purpose: null, cancellationToken);

    public Task<CallerView> RevealAsync(Guid caseId, string purpose, CancellationToken cancellationToken = default) =>
        ResolveAsync(caseId, reveal: true, purpose, cancellationToken);

    private async Task<CallerView> ResolveAsync(Guid caseId, bool reveal, string? purpose, CancellationToken cancellationToken)
    {
        var principal = await currentUser.PrincipalAsync();
        if (principal.Identity?.IsAuthenticated != true)
            throw new UnauthorizedAccessException("请先登录。");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, cancellationToken)
            ?? throw new BusinessRuleException("工单不存在。");

        var isCenter = HotlinePolicies.CenterRoles.Any(principal.IsInRole);
        if (!isCenter)
        {
            var unitId = await currentUser.UnitIdAsync();
            if (c.IsConfidential)
                return Withheld("诉求人要求保密");
            if (c.SubjectUnitId is { } subject && subject == unitId)
                return Withheld("本单位为被投诉/举报对象");
            if (reveal)
                throw new UnauthorizedAccessException("承办单位需经派单后才能查看诉求人电话。");
            return new CallerView(c.CallerName, PhoneMask.Mask(c.CallerPhone), PhoneMasked: true, IdentityWithheld: false, null);
        }

        if (!reveal)
            return new CallerView(c.CallerName, c.CallerPhone is null ? null : PhoneMask.Mask(c.CallerPhone), c.CallerPhone is not null, false, null);

        if (!await access.IsInAnyRoleAsync(IntakeAccess.PhoneRevealers))
            throw new UnauthorizedAccessException("您的角色无权查看完整电话号码。");
        var actor = await currentUser.ActorAsync();
        db.Audit(actor, clock, "查看诉求人电话", "Case", c.Number, string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return new CallerView(c.CallerName, c.CallerPhone, PhoneMasked: false, IdentityWithheld: false, null);
    }

    private static CallerView Withheld(string reason) => new("（已保密）", null, PhoneMasked: true, IdentityWithheld: true, reason);
}
