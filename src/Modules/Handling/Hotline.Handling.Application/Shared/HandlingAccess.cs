namespace Hotline.Handling.Shared;

/// <summary>A unit user's hold on one assignment: who acts, from which unit.</summary>
internal sealed record UnitAccess(HandlingAssignment Assignment, Actor Actor, Guid UnitId);

/// <summary>
/// Role and unit checks for Handling's services: a member unit works only its own assignments and
/// reads its sub-units', whatever id a page or URL passes in.
/// </summary>
internal sealed class HandlingAccess(AccessGate gate, IUnitDirectory units)
{
    public const string Denied = "无权查看该工单";

    /// <summary>Roles that work assignments inside a member unit.</summary>
    public static readonly string[] UnitRoles = [HotlineRoles.UnitHandler, HotlineRoles.UnitManager];

    /// <summary>Center roles that decide on units' requests (extensions) and watch the deadlines.</summary>
    public static readonly string[] CenterDeciders = [HotlineRoles.Dispatcher, HotlineRoles.Supervisor];

    /// <summary>Center roles that may call the caller on a unit's behalf (confidential cases, complaints about the unit).</summary>
    public static readonly string[] CenterContactRoles = [HotlineRoles.Agent, HotlineRoles.Dispatcher, HotlineRoles.Supervisor];

    /// <summary>Center roles that read Handling's details of any case.</summary>
    public static readonly string[] CenterReaders = HotlinePolicies.CenterRoles;

    public AccessGate Gate => gate;

    /// <summary>
    /// The assignment (tracked) when the signed-in user's unit holds it, or — with <paramref name="allowAncestor"/>,
    /// for read-only views and a parent unit's approval — when it belongs to one of that unit's sub-units.
    /// </summary>
    /// <exception cref="UnauthorizedAccessException">Wrong role, no unit, unknown id, or another unit's assignment.</exception>
    public async Task<HandlingAssignment> LoadForUnitAsync(HandlingDbContext db, Guid assignmentId, string[] roles,
        bool allowAncestor = false, CancellationToken cancellationToken = default) =>
        (await ForUnitAsync(db, assignmentId, roles, allowAncestor, cancellationToken)).Assignment;

    /// <inheritdoc cref="LoadForUnitAsync"/>
    public async Task<UnitAccess> ForUnitAsync(HandlingDbContext db, Guid assignmentId, string[] roles,
        bool allowAncestor = false, CancellationToken cancellationToken = default)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(roles);
        // An unknown id is refused like a foreign one, so ids cannot be probed.
        var assignment = await db.Assignments.FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken)
            ?? throw new UnauthorizedAccessException(Denied);
        if (!await IsInScopeAsync(assignment.UnitId, unitId, allowAncestor, cancellationToken))
            throw new UnauthorizedAccessException(Denied);
        return new UnitAccess(assignment, actor, unitId);
    }

    /// <summary>The assignment for a center role (tracked), e.g. for the center's contact on a unit's behalf.</summary>
    public async Task<(HandlingAssignment Assignment, Actor Actor)> LoadForCenterAsync(HandlingDbContext db, Guid assignmentId, string[] roles,
        CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(roles);
        var assignment = await db.Assignments.FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken)
            ?? throw new UnauthorizedAccessException(Denied);
        return (assignment, actor);
    }

    /// <summary>
    /// The assignment (untracked) for reading: any center role, or a unit user whose unit holds it or is
    /// one of its ancestors.
    /// </summary>
    public async Task<HandlingAssignment> LoadForReadAsync(HandlingDbContext db, Guid assignmentId, CancellationToken cancellationToken = default)
    {
        if (await gate.IsCenterAsync())
        {
            return await db.Assignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken)
                ?? throw new UnauthorizedAccessException(Denied);
        }
        var assignment = await LoadForUnitAsync(db, assignmentId, UnitRoles, allowAncestor: true, cancellationToken);
        db.Entry(assignment).State = EntityState.Detached;
        return assignment;
    }

    /// <summary>The unit ids a unit user may read: their unit and its whole sub-tree.</summary>
    public async Task<(Actor Actor, Guid UnitId, IReadOnlyList<Guid> Scope)> UnitScopeAsync(CancellationToken cancellationToken = default)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(UnitRoles);
        var scope = await units.DescendantIdsAsync(unitId, includeSelf: true, cancellationToken);
        return (actor, unitId, scope);
    }

    private async Task<bool> IsInScopeAsync(Guid assignmentUnitId, Guid userUnitId, bool allowAncestor, CancellationToken cancellationToken) =>
        assignmentUnitId == userUnitId
        || allowAncestor && await units.IsSameOrDescendantAsync(assignmentUnitId, userUnitId, cancellationToken);
}
