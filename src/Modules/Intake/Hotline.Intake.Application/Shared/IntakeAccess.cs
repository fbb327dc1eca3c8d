using Hotline.Platform.Cases;
using Hotline.Platform.Identity;

namespace Hotline.Intake.Shared;

/// <summary>Role checks inside Intake's services, so a service refuses the wrong caller whatever page it came from.</summary>
internal sealed class IntakeAccess(CurrentUser currentUser, IUnitCaseScope unitScope)
{
    /// <summary>Roles that register and decide requests.</summary>
    public static readonly string[] Registrars = [HotlineRoles.Agent, HotlineRoles.Supervisor];

    /// <summary>Center roles that read the case list and case details.</summary>
    public static readonly string[] CenterReaders = HotlinePolicies.CenterRoles;

    /// <summary>Center roles whose work needs the caller's full phone number (calling back, dispatching, supervising).</summary>
    public static readonly string[] PhoneRevealers = [HotlineRoles.Agent, HotlineRoles.Dispatcher, HotlineRoles.Supervisor];

    public async Task<Actor> RequireAsync(params string[] roles)
    {
        var principal = await currentUser.PrincipalAsync();
        if (principal.Identity?.IsAuthenticated != true || !roles.Any(principal.IsInRole))
            throw new UnauthorizedAccessException("您的角色无权执行此操作。");
        return await currentUser.ActorAsync();
    }

    public async Task<bool> IsInAnyRoleAsync(params string[] roles)
    {
        var principal = await currentUser.PrincipalAsync();
        return roles.Any(principal.IsInRole);
    }

    public Task<Guid?> UnitIdAsync() => currentUser.UnitIdAsync();

    /// <summary>
    /// Who may look at one case: every center role, and a member unit's staff only while their unit
    /// (or one of its sub-units) is or was assigned to it — never by guessing an id.
    /// </summary>
    public async Task<(CaseViewer Viewer, UnitParticipation Participation)> RequireCaseViewerAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var principal = await currentUser.PrincipalAsync();
        if (principal.Identity?.IsAuthenticated != true)
            throw new UnauthorizedAccessException("请先登录。");
        if (CenterReaders.Any(principal.IsInRole))
            return (CaseViewer.Center, UnitParticipation.None);
        if (HotlineRoles.UnitRoles.Any(principal.IsInRole) && await currentUser.UnitIdAsync() is { } unitId)
        {
            var participation = await unitScope.ParticipationAsync(caseId, unitId, cancellationToken);
            if (participation.OnCase)
                return (new CaseViewer(false, unitId), participation);
        }
        throw new UnauthorizedAccessException("无权查看该工单。");
    }
}
