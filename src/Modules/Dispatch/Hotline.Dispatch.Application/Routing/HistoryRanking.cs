namespace Hotline.Dispatch.Routing;

/// <summary>A lead assignment of another case with the same category and area, as history counts it.</summary>
internal sealed record PastAssignment(Guid CaseId, Guid UnitId, DateTime DispatchedAtUtc);

internal sealed record HistoryCount(Guid UnitId, int Cases, DateTime LastDispatchedAtUtc);

/// <summary>
/// "Units that handled the same category in the same area most often": ranked by distinct cases,
/// then by the most recent one; units whose return of this very case was approved are left out —
/// suggesting them again would send the case round in circles.
/// </summary>
internal static class HistoryRanking
{
    public static IReadOnlyList<HistoryCount> Rank(IEnumerable<PastAssignment> past, IReadOnlySet<Guid> excludedUnits, int take)
    {
        return past
            .Where(p => !excludedUnits.Contains(p.UnitId))
            .GroupBy(p => p.UnitId)
            .Select(g => new HistoryCount(g.Key, g.Select(p => p.CaseId).Distinct().Count(), g.Max(p => p.DispatchedAtUtc)))
            .OrderByDescending(h => h.Cases)
            .ThenByDescending(h => h.LastDispatchedAtUtc)
            .ThenBy(h => h.UnitId)
            .Take(take)
            .ToList();
    }
}
