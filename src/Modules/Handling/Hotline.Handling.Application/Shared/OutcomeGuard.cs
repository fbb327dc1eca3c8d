namespace Hotline.Handling.Shared;

/// <summary>A member unit's user acting in Handling: who, for which unit, and whether they manage it (managers approve replies).</summary>
internal sealed record UnitUser(Actor Actor, Guid UnitId, bool IsManager);

/// <summary>
/// The unit checks of extensions, opinions and replies on top of <see cref="HandlingAccess"/>: a unit
/// acts only on its own assignments and reads its own and its sub-units'.
/// </summary>
internal sealed class OutcomeGuard(HandlingAccess access, AccessGate gate)
{
    public async Task<UnitUser> UnitUserAsync()
    {
        var (actor, unitId) = await gate.RequireUnitAsync(HandlingAccess.UnitRoles);
        return new UnitUser(actor, unitId, await gate.IsInAnyRoleAsync(HotlineRoles.UnitManager));
    }

    /// <summary>The (tracked) assignment of the user's own unit; a parent unit supervises a sub-unit but does not act in its name.</summary>
    public Task<(HandlingAssignment Assignment, UnitUser User)> OwnAsync(HandlingDbContext db, Guid assignmentId, CancellationToken cancellationToken) =>
        LoadAsync(db, assignmentId, allowAncestor: false, cancellationToken);

    /// <summary>The assignment of the user's unit or one of its sub-units, for reading (and a parent's approval).</summary>
    public Task<(HandlingAssignment Assignment, UnitUser User)> InScopeAsync(HandlingDbContext db, Guid assignmentId, CancellationToken cancellationToken) =>
        LoadAsync(db, assignmentId, allowAncestor: true, cancellationToken);

    private async Task<(HandlingAssignment, UnitUser)> LoadAsync(HandlingDbContext db, Guid assignmentId, bool allowAncestor, CancellationToken cancellationToken)
    {
        var (assignment, actor, unitId) = await access.ForUnitAsync(db, assignmentId, HandlingAccess.UnitRoles, allowAncestor, cancellationToken);
        return (assignment, new UnitUser(actor, unitId, await gate.IsInAnyRoleAsync(HotlineRoles.UnitManager)));
    }
}
