namespace Hotline.Platform.Cases;

/// <summary>Merges every module's timeline steps of a case in time order.</summary>
public sealed class CaseTimelineReader(IEnumerable<ICaseTimelineSource> sources)
{
    public async Task<IReadOnlyList<CaseTimelineStep>> ReadAsync(Guid caseId, CaseViewer viewer, CancellationToken cancellationToken = default)
    {
        var steps = new List<CaseTimelineStep>();
        foreach (var source in sources)
            steps.AddRange(await source.StepsAsync(caseId, viewer, cancellationToken));
        return steps.OrderBy(s => s.AtUtc).ToList();
    }
}
