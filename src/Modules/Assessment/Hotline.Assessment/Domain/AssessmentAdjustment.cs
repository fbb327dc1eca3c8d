using Hotline.Platform.Rules;

namespace Hotline.Assessment.Domain;

/// <summary>A deduction (negative points) or bonus the assessor records for a unit in a period, with its reason (e.g. 虚假办结 −2).</summary>
internal sealed class AssessmentAdjustment
{
    public const int ReasonMax = 300;
    public const decimal PointsLimit = 50;

    public static readonly DomainRule PointsInRange = new("Assessment.Adjustment.Points", "002 第二十四条（热线工作评价办法）", "加减分不能为 0。", "points");
    public static readonly DomainRule ReasonGiven = new("Assessment.Adjustment.Reason", "002 第二十四条（热线工作评价办法）", "请填写加减分的理由。", "reason");

    private AssessmentAdjustment() { }

    public Guid Id { get; private set; }
    public string PeriodKey { get; private set; } = "";
    public Guid UnitId { get; private set; }
    public decimal Points { get; private set; }
    public string Reason { get; private set; } = "";
    public string By { get; private set; } = "";
    public DateTime AtUtc { get; private set; }

    public static AssessmentAdjustment Record(string periodKey, Guid unitId, decimal points, string? reason, string by, DateTime nowUtc)
    {
        PointsInRange.Require(points != 0);
        if (Math.Abs(points) > PointsLimit)
            throw PointsInRange.Violated($"一次加减分不能超过 {PointsLimit} 分。");
        if (decimal.Round(points, 1) != points)
            throw PointsInRange.Violated("加减分最多保留一位小数。");
        var text = reason?.Trim() ?? "";
        ReasonGiven.Require(text.Length > 0);
        if (text.Length > ReasonMax)
            throw ReasonGiven.Violated($"理由不能超过 {ReasonMax} 个字。");
        return new AssessmentAdjustment
        {
            Id = Guid.CreateVersion7(), PeriodKey = periodKey, UnitId = unitId, Points = points, Reason = text, By = by, AtUtc = nowUtc,
        };
    }
}

/// <summary>A locked assessment period: the sheet as it stood, frozen; later events, weights and adjustments do not change it.</summary>
internal sealed class AssessmentLock
{
    private AssessmentLock() { }

    public string PeriodKey { get; private set; } = "";
    public DateTime LockedAtUtc { get; private set; }
    public string LockedBy { get; private set; } = "";
    public string SnapshotJson { get; private set; } = "";

    public static AssessmentLock Freeze(string periodKey, string snapshotJson, string by, DateTime nowUtc) =>
        new() { PeriodKey = periodKey, SnapshotJson = snapshotJson, LockedBy = by, LockedAtUtc = nowUtc };
}
