namespace Hotline.Assessment.Analysis.Hotspots;

/// <summary>The baseline a week's count is judged against, and whether it is anomalous.</summary>
internal sealed record Baseline(double Mean, double StandardDeviation, double Threshold, bool Anomalous);

/// <summary>
/// 异常预警: a category's or area's count in the last seven days is anomalous when it is above the mean plus three
/// standard deviations of the eight weeks before, and at least a handful of cases (five new complaints on a quiet topic
/// are news; one is not).
/// </summary>
internal static class EarlyWarningRule
{
    public const int BaselineWeeks = 8;
    public const double Sigmas = 3;
    public const int MinCases = 5;

    public static Baseline Judge(int thisWeek, IReadOnlyList<int> previousWeeks)
    {
        if (previousWeeks.Count == 0)
            return new Baseline(0, 0, MinCases, thisWeek >= MinCases);
        var mean = previousWeeks.Average();
        var sd = Math.Sqrt(previousWeeks.Sum(w => (w - mean) * (w - mean)) / previousWeeks.Count);
        var threshold = mean + Sigmas * sd;
        return new Baseline(mean, sd, threshold, thisWeek > threshold && thisWeek >= MinCases);
    }
}
