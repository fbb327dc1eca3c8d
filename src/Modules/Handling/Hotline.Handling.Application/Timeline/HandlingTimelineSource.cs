using Hotline.Platform.Cases;

namespace Hotline.Handling.Timeline;

/// <summary>
/// Handling's steps of a case's flow sheet: the center sees all of them, a unit those of its own and its sub-units'
/// assignments, without the center's notes on contacting a caller it is shielded from.
/// </summary>
internal sealed class HandlingTimelineSource(IDbContextFactory<HandlingDbContext> contexts, IUnitDirectory units) : ICaseTimelineSource
{
    public async Task<IReadOnlyList<CaseTimelineStep>> StepsAsync(Guid caseId, CaseViewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Timeline.AsNoTracking().Where(t => t.CaseId == caseId);
        var shielded = false;
        if (!viewer.IsCenter)
        {
            if (viewer.UnitId is not { } unitId)
                return [];
            var scope = await units.DescendantIdsAsync(unitId, includeSelf: true, cancellationToken);
            query = query.Where(t => t.UnitId != null && scope.Contains(t.UnitId.Value));
            // Every assignment of a case carries the same confidentiality flag and subject unit.
            var any = await db.Assignments.AsNoTracking().FirstOrDefaultAsync(a => a.CaseId == caseId, cancellationToken);
            shielded = any is null || await HandlingRules.IdentityWithheldFromAsync(units, any, unitId, cancellationToken);
        }
        var entries = await query.OrderBy(t => t.AtUtc).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var names = (await units.GetUnitsAsync(entries.Where(t => t.UnitId != null).Select(t => t.UnitId!.Value).Distinct(), cancellationToken))
            .ToDictionary(u => u.Id, u => u.Name);
        return entries.Select(t => new CaseTimelineStep(t.AtUtc, HandlingTimeline.Stage, t.Action, t.Actor,
            t.UnitId is { } u ? names.GetValueOrDefault(u) : null, CenterContactNotes.ShownStep(t.Action, t.Detail, shielded), t.DueUtc, t.OnTime)).ToList();
    }
}
