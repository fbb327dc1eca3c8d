using Hotline.Evaluation.Contracts;

namespace Hotline.Evaluation.Figures;

/// <summary>
/// One validly revisited case as the figures count it: its counted (latest) rating, whether it was
/// ever sent back for redo, and whether the counted rating is a second rating taken after a redo.
/// </summary>
internal sealed record RatedCase(Guid CaseId, Guid LeadUnitId, bool Resolved, Rating HandlingRating, bool Redone, bool SecondRating);

/// <summary>The documented definitions of 响应率, 解决率 and 满意率, free of any database.</summary>
internal static class FigureCalculator
{
    /// <param name="contactedOnTime">Cases whose lead unit contacted the caller within the response limit (from Handling).</param>
    /// <param name="basicallySatisfiedWeight">The weight w in 满意率 = (非常满意 + 满意 + w·基本满意) / revisited.</param>
    public static IReadOnlyList<UnitEvaluationFigures> PerUnit(IEnumerable<RatedCase> cases, IReadOnlySet<Guid> contactedOnTime, double basicallySatisfiedWeight) =>
        cases.GroupBy(c => c.LeadUnitId).Select(g =>
        {
            var revisited = g.Count();
            var onTime = g.Count(c => contactedOnTime.Contains(c.CaseId));
            var resolved = g.Count(c => c.Resolved);
            var satisfied = g.Count(c => c.HandlingRating is Rating.VerySatisfied or Rating.Satisfied);
            var basically = g.Count(c => c.HandlingRating == Rating.BasicallySatisfied);
            var dissatisfied = g.Count(c => c.HandlingRating.IsDissatisfied());
            return new UnitEvaluationFigures(
                g.Key, revisited, onTime, resolved, satisfied, basically, dissatisfied,
                Redone: g.Count(c => c.Redone),
                SecondRatings: g.Count(c => c.SecondRating),
                ResponseRate: Rate(onTime, revisited),
                ResolutionRate: Rate(resolved, revisited),
                SatisfactionRate: Rate(satisfied + basicallySatisfiedWeight * basically, revisited));
        }).OrderBy(f => f.UnitId).ToList();

    /// <summary>Weighted composite of the three rates; null when the unit had no revisits.</summary>
    public static double? Composite(UnitEvaluationFigures f, EvaluationSettings settings) =>
        f.Revisited == 0 || f.ResponseRate is null || f.ResolutionRate is null || f.SatisfactionRate is null
            ? null
            : settings.ResponseWeight * f.ResponseRate.Value + settings.ResolutionWeight * f.ResolutionRate.Value
              + settings.SatisfactionWeight * f.SatisfactionRate.Value;

    private static double? Rate(double numerator, int denominator) => denominator == 0 ? null : numerator / denominator;
}
