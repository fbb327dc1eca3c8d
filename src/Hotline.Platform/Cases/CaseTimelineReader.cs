using Hotline.Platform.Identity;

namespace Hotline.Platform.Cases;

/// <summary>Merges every module's timeline steps of a case in time order, each actor named as a person with role and unit.</summary>
public sealed class CaseTimelineReader(IEnumerable<ICaseTimelineSource> sources, IStaffDirectory staff)
{
    public async Task<IReadOnlyList<CaseTimelineStep>> ReadAsync(Guid caseId, CaseViewer viewer, CancellationToken cancellationToken = default)
    {
        var steps = new List<CaseTimelineStep>();
        foreach (var source in sources)
            steps.AddRange(await source.StepsAsync(caseId, viewer, cancellationToken));
        var names = await staff.NamesAsync(steps.Select(s => s.Actor), cancellationToken);
        return steps
            .Select(s => names.TryGetValue(s.Actor, out var name)
                ? s with { Actor = name.Person, UnitName = s.UnitName ?? name.UnitName }
                : s)
            .OrderBy(s => s.AtUtc).ToList();
    }
}
