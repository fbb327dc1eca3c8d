using Hotline.Platform.Organization;
using Hotline.Assessment.Sheets.Model;
using Hotline.Assessment.Sheets.Scoring;

namespace Hotline.UnitTests.Assessment;

/// <summary>The composite score, tier ranking and periods of 考核, on hand-computed figures.</summary>
public sealed class AssessmentScoringTests
{
    private static UnitInfo Unit(string name, UnitType type) => new(Guid.NewGuid(), name, name, name, type, null, null, null, null, true);

    private static UnitFigures Figures(UnitInfo unit, (double N, int D) response, (double N, int D) resolution, (double N, int D) satisfaction,
        params decimal[] adjustments) =>
        new(unit,
        [
            new(FigureKind.SignForOnTime, 0, 0),
            new(FigureKind.FirstContactOnTime, response.N, response.D),
            new(FigureKind.Resolution, resolution.N, resolution.D),
            new(FigureKind.Satisfaction, satisfaction.N, satisfaction.D),
        ],
        new SupervisionCounts(0, 0, 0),
        adjustments.Select(p => new ScoreAdjustment(Guid.NewGuid(), unit.Id, p, "理由", "assessor", DateTime.UtcNow)).ToList());

    private static readonly CompositeWeights Weights = new(0.1, 0.5, 0.4);

    [Fact]
    public void The_score_is_the_weighted_rates_times_100_plus_the_adjustments()
    {
        var a = Unit("甲局", UnitType.CountyDepartment);
        // 响应 8/10, 解决 6/10, 满意 (7 + 0.8·2)/10 = 0.86 → 100 × (0.08 + 0.30 + 0.344) = 72.4; −2 → 70.4
        var scored = Assert.Single(SheetScoring.Score([Figures(a, (8, 10), (6, 10), (8.6, 10), -2m)], Weights));
        Assert.Equal(72.4, scored.BaseScore!.Value, 2);
        Assert.Equal(-2m, scored.AdjustmentTotal);
        Assert.Equal(70.4, scored.Score!.Value, 2);
        Assert.Equal((1, 1), (scored.RankInTier, scored.TierSize));
    }

    [Fact]
    public void Units_are_ranked_within_their_tier_equal_scores_share_a_rank_and_a_unit_without_cases_has_no_score()
    {
        var (a, b, c, idle) = (Unit("甲局", UnitType.CountyDepartment), Unit("乙局", UnitType.CountyDepartment), Unit("丙局", UnitType.CountyDepartment),
            Unit("丁局", UnitType.CountyDepartment));
        var town = Unit("城关镇", UnitType.Township);
        var scored = SheetScoring.Score(
        [
            Figures(a, (1, 1), (1, 1), (1, 1)),
            Figures(b, (1, 2), (1, 2), (1, 2)),
            Figures(c, (1, 1), (1, 1), (1, 1)),
            Figures(idle, (0, 0), (0, 0), (0, 0), -2m),
            Figures(town, (1, 2), (1, 2), (1, 2)),
        ], Weights).ToDictionary(u => u.UnitName);

        Assert.Equal((1, 1, 3), (scored["甲局"].RankInTier, scored["丙局"].RankInTier, scored["乙局"].RankInTier));
        Assert.Equal(3, scored["甲局"].TierSize);
        Assert.Null(scored["丁局"].Score);
        Assert.Null(scored["丁局"].RankInTier);
        Assert.All(scored["丁局"].Figures, f => Assert.Null(f.Rate));
        // The township is first of its own tier, though it scores below every bureau.
        Assert.Equal((1, 1), (scored["城关镇"].RankInTier, scored["城关镇"].TierSize));
    }

    [Theory]
    [InlineData("M2026-11", "2026-11-01", "2026-11-30", "2026年11月")]
    [InlineData("Q2026-4", "2026-10-01", "2026-12-31", "2026年第4季度")]
    [InlineData("Y2025", "2025-01-01", "2025-12-31", "2025年度")]
    [InlineData("R2026-11-03_2026-11-20", "2026-11-03", "2026-11-20", "2026-11-03 至 2026-11-20")]
    public void Periods_parse_from_their_keys_as_whole_china_days(string key, string first, string last, string label)
    {
        var period = AssessmentPeriod.Parse(key)!;
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last), label, key), (period.First, period.Last, period.Label, period.Key));
        Assert.Equal(new DateTime(period.First.Year, period.First.Month, period.First.Day, 0, 0, 0, DateTimeKind.Utc).AddHours(-8), period.FromUtc);
    }

    [Theory]
    [InlineData("M2026-13")]
    [InlineData("Q2026-5")]
    [InlineData("R2026-11-20_2026-11-03")]
    [InlineData("garbage")]
    [InlineData("")]
    public void An_invalid_or_empty_period_is_refused(string key) => Assert.Null(AssessmentPeriod.Parse(key));

    [Fact]
    public void Last_month_is_the_month_before_today()
    {
        Assert.Equal("M2026-11", AssessmentPeriod.LastMonth(new DateOnly(2026, 12, 3)).Key);
        Assert.Equal("M2025-12", AssessmentPeriod.LastMonth(new DateOnly(2026, 1, 15)).Key);
    }
}
