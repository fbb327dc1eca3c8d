using Hotline.Platform.Cases;

namespace Hotline.Dispatch.Lookups;

/// <summary>
/// "A unit sees its own assignments and its sub-units'": the unit participates when an assignment
/// of the case went to it or to one of its sub-units, at any time.
/// </summary>
internal sealed class UnitCaseScope(IDbContextFactory<DispatchDbContext> contexts, IUnitDirectory units) : IUnitCaseScope
{
    public async Task<UnitParticipation> ParticipationAsync(Guid caseId, Guid unitId, CancellationToken cancellationToken = default)
    {
        var scope = await units.DescendantIdsAsync(unitId, includeSelf: true, cancellationToken);
        if (scope.Count == 0)
            return UnitParticipation.None;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.CaseId == caseId && scope.Contains(a.UnitId))
            .Select(a => new { a.Status, a.Role, a.ParentAssignmentId })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
            return UnitParticipation.None;
        var active = rows.Where(r => r.Status == AssignmentStatus.Active).ToList();
        return new UnitParticipation(true, active.Count > 0,
            // A sub-unit working its parent's lead assignment carries the lead role too: it is the one contacting the caller.
            active.Any(r => r.Role == AssignmentRole.Lead));
    }
}
