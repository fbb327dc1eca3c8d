namespace Hotline.Dispatch.Dispatching;

/// <summary>What the "派单信息" panel of a case shows the signed-in user.</summary>
internal sealed record CaseAssignmentsView(IReadOnlyList<AssignmentView> Assignments, bool CanReassign, bool InDispatch);

/// <summary>
/// Assignments of a case for its detail page: the center sees all of them; a member unit only its
/// own and its sub-units' (nothing at all when it is not on the case); dispatchers may reassign.
/// </summary>
internal sealed class CaseAssignmentsQuery(IDbContextFactory<DispatchDbContext> contexts, AccessGate gate, IUnitDirectory units)
{
    public async Task<CaseAssignmentsView> ForViewerAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        IReadOnlyCollection<Guid>? scope = null;
        var isCenter = await gate.IsCenterAsync();
        if (!isCenter)
        {
            var (_, unitId) = await gate.RequireUnitAsync(DispatchAccess.UnitRoles);
            scope = await units.DescendantIdsAsync(unitId, includeSelf: true, cancellationToken);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dispatchCase = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        if (dispatchCase is null)
            return new CaseAssignmentsView([], false, false);
        var assignments = await AssignmentViews.ForCaseAsync(db, units, caseId, scope, cancellationToken);
        var canReassign = isCenter && dispatchCase.State == Domain.DispatchState.Dispatched
                          && await gate.IsInAnyRoleAsync(DispatchAccess.Dispatchers);
        return new CaseAssignmentsView(assignments, canReassign, true);
    }
}
