using Hotline.Handling.Domain;
using Hotline.Platform.Auditing;
using Hotline.Platform.Identity;
using Hotline.Platform.Organization;

namespace Hotline.Handling.Application.Outcomes;

/// <summary>A member unit's user acting in Handling: who, for which unit, and whether they manage it.</summary>
internal sealed record UnitUser(Actor Actor, Guid UnitId, bool IsManager);

/// <summary>
/// The unit checks of extensions, opinions and replies: a unit acts only on its own assignments and
/// reads its own and its sub-units'; everything else is refused as if the id did not exist for it.
/// </summary>
internal sealed class OutcomeGuard(AccessGate gate, IUnitDirectory units)
{
    public static readonly string[] CenterDeciders = [HotlineRoles.Dispatcher, HotlineRoles.Supervisor];

    /// <summary>Center roles that read the handling panel of a case and may record a contact for a unit.</summary>
    public static readonly string[] CenterContactRoles = [HotlineRoles.Agent, HotlineRoles.Dispatcher, HotlineRoles.Supervisor];

    public async Task<UnitUser> UnitUserAsync()
    {
        var (actor, unitId) = await gate.RequireUnitAsync(HotlineRoles.UnitHandler, HotlineRoles.UnitManager);
        return new UnitUser(actor, unitId, await gate.IsInAnyRoleAsync(HotlineRoles.UnitManager));
    }

    /// <summary>Only the assignment's own unit works it (a parent unit supervises a sub-unit, it does not act in its name).</summary>
    public static void RequireOwn(HandlingAssignment assignment, UnitUser user)
    {
        if (assignment.UnitId != user.UnitId)
            throw new UnauthorizedAccessException("该工单不属于本单位，无权操作。");
    }

    public async Task<bool> InScopeAsync(HandlingAssignment assignment, Guid unitId, CancellationToken cancellationToken = default) =>
        await units.IsSameOrDescendantAsync(assignment.UnitId, unitId, cancellationToken);

    public async Task RequireInScopeAsync(HandlingAssignment assignment, Guid unitId, CancellationToken cancellationToken = default)
    {
        if (!await InScopeAsync(assignment, unitId, cancellationToken))
            throw new UnauthorizedAccessException("该工单不属于本单位，无权查看。");
    }
}
