using Hotline.Assessment.Analysis.Hotspots;

namespace Hotline.Assessment.Analysis.TopicReport;

/// <summary>What a topic report is about: a category, an area or both (each with everything under it), over China calendar days.</summary>
internal sealed record TopicScope(Guid? CategoryId, Guid? AreaId, DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;

    public int Days => To.DayNumber - From.DayNumber + 1;
}

internal sealed record CountLine(string Name, int Cases);

internal sealed record TrendPoint(string Label, int Cases);

/// <summary>专题分析: every number of a topic report, read from the case facts of the scope.</summary>
internal sealed record TopicReportData(
    string Subject,
    TopicScope Scope,
    int Cases,
    int PreviousCases,
    int Closed,
    int Open,
    int ClosedAtIntake,
    int Rated,
    double? SatisfactionRate,
    IReadOnlyList<CountLine> Channels,
    IReadOnlyList<CountLine> Breakdown,
    string BreakdownName,
    IReadOnlyList<CountLine> LeadUnits,
    IReadOnlyList<TrendPoint> Trend,
    string TrendUnit,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<TopicText> Samples,
    bool Capped);
