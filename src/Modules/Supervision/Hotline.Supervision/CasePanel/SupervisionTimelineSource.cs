using Hotline.Platform.Cases;

namespace Hotline.Supervision.CasePanel;

/// <summary>Every supervision step on the case's timeline and flow sheet; a unit sees the steps of its own supervisions only.</summary>
internal sealed class SupervisionTimelineSource(IDbContextFactory<SupervisionDbContext> contexts, IUnitDirectory units) : ICaseTimelineSource
{
    public const string Stage = "督办";

    public async Task<IReadOnlyList<CaseTimelineStep>> StepsAsync(Guid caseId, CaseViewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var supervisions = await db.Supervisions.AsNoTracking().Include(x => x.Steps)
            .Where(x => x.CaseId == caseId && (viewer.IsCenter || x.UnitId == viewer.UnitId))
            .ToListAsync(cancellationToken);
        if (supervisions.Count == 0)
            return [];
        var names = (await units.GetUnitsAsync(supervisions.Select(x => x.UnitId).Distinct(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        return supervisions.SelectMany(s => s.Steps.Select(step => new CaseTimelineStep(step.AtUtc, Stage,
                step.Action + (s.NoticeNumber is { } n && step.Action.Contains("书面") ? $"（{n}）" : ""),
                step.ActorName, names.GetValueOrDefault(s.UnitId), step.Text)))
            .OrderBy(x => x.AtUtc).ToList();
    }
}
