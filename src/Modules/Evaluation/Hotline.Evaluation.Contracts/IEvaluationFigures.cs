namespace Hotline.Evaluation.Contracts;

/// <summary>
/// 三率 of one unit for a period, over cases whose final revisit falls in it; the denominator is the
/// validly revisited cases (caller reached and rated). Rates are fractions 0..1, null without revisits.
/// </summary>
public sealed record UnitEvaluationFigures(
    Guid UnitId,
    int Revisited,
    int ContactedOnTime,
    int Resolved,
    int Satisfied,
    int BasicallySatisfied,
    int Dissatisfied,
    int Redone,
    int SecondRatings,
    double? ResponseRate,
    double? ResolutionRate,
    double? SatisfactionRate);

/// <summary>
/// One validly revisited case of a unit, as the figures count it; <c>NotChasedForSatisfaction</c>: its category is
/// administrative mediation or law enforcement (行政调解类/执法办案类), handled lawfully and not chased for satisfaction (000).
/// </summary>
public sealed record RatedCaseFact(Guid CaseId, bool Resolved, Rating HandlingRating, bool NotChasedForSatisfaction = false);

/// <summary>
/// One lead unit's validly revisited cases of mediation and law-enforcement categories (a part of <see cref="UnitEvaluationFigures"/>):
/// Evaluation sends their dissatisfaction to a supervisor instead of an automatic redo, and assessment leaves them out of 满意率.
/// </summary>
public sealed record UnitNotChasedCounts(Guid UnitId, int Revisited, int Satisfied, int BasicallySatisfied);

/// <summary>The county's validly revisited cases of one China day (every lead unit summed), by their counted rating.</summary>
public sealed record DailyRatingTotals(DateOnly Day, int Revisited, int Satisfied, int BasicallySatisfied);

public interface IEvaluationFigures
{
    /// <summary>Figures per lead unit for revisits completed in [fromUtc, toUtc).</summary>
    Task<IReadOnlyList<UnitEvaluationFigures>> PerUnitAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>The county's totals of each China day in [firstDay, endDay) that has any, oldest first.</summary>
    Task<IReadOnlyList<DailyRatingTotals>> DailyTotalsAsync(DateOnly firstDay, DateOnly endDay, CancellationToken cancellationToken = default);

    /// <summary>The cases behind one lead unit's figures in [fromUtc, toUtc).</summary>
    Task<IReadOnlyList<RatedCaseFact>> RatedCasesAsync(Guid unitId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>Per lead unit, the part of <see cref="PerUnitAsync"/> in mediation and law-enforcement categories; units without any are omitted.</summary>
    Task<IReadOnlyList<UnitNotChasedCounts>> NotChasedPerUnitAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>The weight w of 基本满意 in 满意率 = (非常满意 + 满意 + w·基本满意) / 有效回访, as the center set it.</summary>
    Task<double> BasicallySatisfiedWeightAsync(CancellationToken cancellationToken = default);
}
