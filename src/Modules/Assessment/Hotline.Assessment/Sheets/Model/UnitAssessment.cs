namespace Hotline.Assessment.Sheets.Model;

/// <summary>One figure of one unit. <see cref="Numerator"/> is fractional only for 满意率 (weighted 基本满意).</summary>
internal sealed record FigureValue(FigureKind Kind, double Numerator, int Denominator)
{
    /// <summary>Null when nothing was counted: shown as "—", never as 0 % or NaN.</summary>
    public double? Rate => Denominator == 0 ? null : Numerator / Denominator;
}

/// <summary>督办次数 of a unit in the period, by level.</summary>
internal sealed record SupervisionCounts(int Reminder, int Notice, int Leader)
{
    public int Total => Reminder + Notice + Leader;
}

/// <summary>A deduction (negative) or bonus (positive) the assessor recorded for a unit in a period, with its reason.</summary>
internal sealed record ScoreAdjustment(Guid Id, Guid UnitId, decimal Points, string Reason, string By, DateTime AtUtc);

/// <summary>
/// The weights of the composite score: 响应 (首次联系及时率), 解决, 满意. They sum to 1; the score is
/// 100 × the weighted sum, plus the period's adjustments.
/// </summary>
internal sealed record CompositeWeights(double Response, double Resolution, double Satisfaction)
{
    public double Sum => Response + Resolution + Satisfaction;
}

/// <summary>A unit's figures, score and rank in its tier (分档: the unit's type — county bureaus, townships, utilities).</summary>
internal sealed record UnitAssessment(
    Guid UnitId,
    string UnitName,
    UnitType Tier,
    IReadOnlyList<FigureValue> Figures,
    SupervisionCounts Supervisions,
    double? BaseScore,
    decimal AdjustmentTotal,
    double? Score,
    int? RankInTier,
    int TierSize,
    IReadOnlyList<ScoreAdjustment> Adjustments)
{
    public FigureValue Figure(FigureKind kind) => Figures.Single(f => f.Kind == kind);
}

/// <summary>
/// Every assessed unit's figures for one period, as shown on the assessment page and printed in the
/// reports. A locked period's sheet is its frozen snapshot.
/// </summary>
internal sealed record AssessmentSheet(
    AssessmentPeriod Period,
    CompositeWeights Weights,
    double BasicallySatisfiedWeight,
    bool Locked,
    DateTime? LockedAtUtc,
    string? LockedBy,
    IReadOnlyList<UnitAssessment> Units,
    DateTime ComputedAtUtc);
