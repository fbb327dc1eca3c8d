using Hotline.Assessment.Sheets.Model;

namespace Hotline.Assessment.Sheets.Scoring;

/// <summary>One unit's counted figures before scoring.</summary>
internal sealed record UnitFigures(UnitInfo Unit, IReadOnlyList<FigureValue> Figures, SupervisionCounts Supervisions, IReadOnlyList<ScoreAdjustment> Adjustments);

/// <summary>
/// The composite score and the ranking within tiers (分档分类), free of any database. The score is
/// 100 × (w响应·首次联系及时率 + w解决·解决率 + w满意·满意率) plus the adjustments; a unit missing any of the three
/// rates has no score and no rank (shown as —). Equal scores share a rank (1, 1, 3).
/// </summary>
internal static class SheetScoring
{
    public static IReadOnlyList<UnitAssessment> Score(IEnumerable<UnitFigures> units, CompositeWeights weights)
    {
        var scored = units.Select(u =>
        {
            var response = Rate(u, FigureKind.FirstContactOnTime);
            var resolution = Rate(u, FigureKind.Resolution);
            var satisfaction = Rate(u, FigureKind.Satisfaction);
            double? baseScore = response is null || resolution is null || satisfaction is null
                ? null
                : Math.Round(100 * (weights.Response * response.Value + weights.Resolution * resolution.Value + weights.Satisfaction * satisfaction.Value), 2);
            var adjustment = u.Adjustments.Sum(a => a.Points);
            return (u, baseScore, adjustment, score: baseScore is { } b ? Math.Round(b + (double)adjustment, 2) : (double?)null);
        }).ToList();

        var ranks = new Dictionary<Guid, int>();
        var sizes = new Dictionary<UnitType, int>();
        foreach (var tier in scored.GroupBy(s => s.u.Unit.Type))
        {
            var ranked = tier.Where(s => s.score is not null).OrderByDescending(s => s.score).ToList();
            sizes[tier.Key] = ranked.Count;
            for (var i = 0; i < ranked.Count; i++)
                ranks[ranked[i].u.Unit.Id] = i > 0 && ranked[i].score == ranked[i - 1].score ? ranks[ranked[i - 1].u.Unit.Id] : i + 1;
        }

        return scored
            .OrderBy(s => TierOrder(s.u.Unit.Type)).ThenBy(s => ranks.GetValueOrDefault(s.u.Unit.Id, int.MaxValue)).ThenBy(s => s.u.Unit.PathName, StringComparer.Ordinal)
            .Select(s => new UnitAssessment(s.u.Unit.Id, s.u.Unit.Name, s.u.Unit.Type, s.u.Figures, s.u.Supervisions, s.baseScore, s.adjustment, s.score,
                ranks.TryGetValue(s.u.Unit.Id, out var rank) ? rank : null, sizes.GetValueOrDefault(s.u.Unit.Type), s.u.Adjustments))
            .ToList();
    }

    /// <summary>The tiers in the order the reports list them.</summary>
    public static int TierOrder(UnitType type) => type switch
    {
        UnitType.CountyDepartment => 0,
        UnitType.PublicEnterprise => 1,
        UnitType.Township => 2,
        UnitType.Village => 3,
        _ => 9,
    };

    public static string TierName(UnitType type) => type switch
    {
        UnitType.CountyDepartment => "县直部门",
        UnitType.PublicEnterprise => "公共服务企业",
        UnitType.Township => "乡镇（街道）",
        UnitType.Village => "村（社区）",
        _ => "其他",
    };

    private static double? Rate(UnitFigures u, FigureKind kind) => u.Figures.FirstOrDefault(f => f.Kind == kind)?.Rate;
}
