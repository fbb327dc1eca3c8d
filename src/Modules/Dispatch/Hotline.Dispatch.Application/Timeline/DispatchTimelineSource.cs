using Hotline.Platform.Cases;

namespace Hotline.Dispatch.Timeline;

/// <summary>Dispatch's steps of a case's flow sheet: dispatch, reassignment, designation, sub-dispatch, returns and their review.</summary>
internal sealed class DispatchTimelineSource(IDbContextFactory<DispatchDbContext> contexts, IUnitDirectory units, IUnitCaseScope scope)
    : ICaseTimelineSource
{
    public const string Stage = "派单";

    public async Task<IReadOnlyList<CaseTimelineStep>> StepsAsync(Guid caseId, CaseViewer viewer, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<Guid>? unitScope = null;
        if (!viewer.IsCenter)
        {
            // A unit sees Dispatch's steps only on a case it takes part in, and of those only the ones about
            // itself, its sub-units, or the whole case: another unit's return is none of its business.
            if (viewer.UnitId is not Guid unitId || !(await scope.ParticipationAsync(caseId, unitId, cancellationToken)).OnCase)
                return [];
            unitScope = await units.DescendantIdsAsync(unitId, includeSelf: true, cancellationToken);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.Timeline.AsNoTracking().Where(t => t.CaseId == caseId).ToListAsync(cancellationToken);
        var visible = entries
            .Where(t => unitScope is null || t.UnitId is null || unitScope.Contains(t.UnitId.Value) || IsCaseWide(t.Action))
            .OrderBy(t => t.AtUtc).ThenBy(t => t.Id)
            .ToList();
        var names = (await units.GetUnitsAsync(visible.Where(t => t.UnitId is not null).Select(t => t.UnitId!.Value).Distinct(), cancellationToken))
            .ToDictionary(u => u.Id, u => u.Name);
        return visible.Select(t => new CaseTimelineStep(t.AtUtc, Stage, t.Action, t.Actor,
            t.UnitId is Guid u ? names.GetValueOrDefault(u) : null, t.Detail, t.DueUtc, t.OnTime)).ToList();
    }

    /// <summary>Steps that concern every unit on the case (who it was sent to), not one unit's own business.</summary>
    private static bool IsCaseWide(string action) => action is "派单" or "改派" or "指定办理";
}
