namespace Hotline.Evaluation.Figures;

/// <summary>The documented definitions of 响应率, 解决率 and 满意率, free of any database.</summary>
internal static class FigureCalculator
{
    /// <param name="basicallySatisfiedWeight">The weight w in 满意率 = (非常满意 + 满意 + w·基本满意) / revisited.</param>
    public static IReadOnlyList<UnitEvaluationFigures> PerUnit(IEnumerable<RatingCounts> counts, double basicallySatisfiedWeight) =>
        counts.Select(c => new UnitEvaluationFigures(
                c.UnitId, c.Revisited, c.ContactedOnTime, c.Resolved, c.Satisfied, c.BasicallySatisfied, c.Dissatisfied,
                Redone: c.Redone,
                SecondRatings: c.SecondRatings,
                ResponseRate: Rate(c.ContactedOnTime, c.Revisited),
                ResolutionRate: Rate(c.Resolved, c.Revisited),
                SatisfactionRate: Rate(c.Satisfied + basicallySatisfiedWeight * c.BasicallySatisfied, c.Revisited)))
            .OrderBy(f => f.UnitId).ToList();

    /// <summary>Weighted composite of the three rates; null when the unit had no revisits.</summary>
    public static double? Composite(UnitEvaluationFigures f, EvaluationSettings settings) =>
        f.Revisited == 0 || f.ResponseRate is null || f.ResolutionRate is null || f.SatisfactionRate is null
            ? null
            : settings.ResponseWeight * f.ResponseRate.Value + settings.ResolutionWeight * f.ResolutionRate.Value
              + settings.SatisfactionWeight * f.SatisfactionRate.Value;

    private static double? Rate(double numerator, int denominator) => denominator == 0 ? null : numerator / denominator;
}
