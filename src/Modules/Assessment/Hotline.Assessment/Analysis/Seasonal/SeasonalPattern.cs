namespace Hotline.Assessment.Analysis.Seasonal;

/// <summary>A run of consecutive peak months (供暖 11月至次年1月), possibly across the new year.</summary>
internal sealed record Season(int FirstMonth, int LastMonth)
{
    public string Label => FirstMonth == LastMonth ? $"{FirstMonth}月" : LastMonth < FirstMonth ? $"{FirstMonth}月至次年{LastMonth}月" : $"{FirstMonth}月至{LastMonth}月";

    /// <summary>The next first day of the season on or after <paramref name="today"/>.</summary>
    public DateOnly NextStart(DateOnly today)
    {
        var start = new DateOnly(today.Year, FirstMonth, 1);
        return start >= today ? start : start.AddYears(1);
    }
}

/// <summary>
/// 季节性规律: a category's requests per calendar month over past years. A month is a peak when its yearly mean is at
/// least 1.5 times the category's average month, at least three cases, and (with two or more years of data) it was high
/// in at least two of those years, so one bad year does not make a season.
/// </summary>
internal sealed record SeasonalPattern(IReadOnlyList<double> MonthlyMean, IReadOnlyList<int> PeakMonths, IReadOnlyList<Season> Seasons)
{
    public const double PeakFactor = 1.5;
    public const double MinMonthlyCases = 3;

    /// <param name="years">One array of twelve monthly counts (January first) per past year.</param>
    public static SeasonalPattern Detect(IReadOnlyList<int[]> years)
    {
        if (years.Count == 0)
            return new SeasonalPattern(new double[12], [], []);
        var mean = Enumerable.Range(0, 12).Select(m => years.Average(y => (double)y[m])).ToArray();
        var average = mean.Average();
        var peaks = Enumerable.Range(0, 12)
            .Where(m => mean[m] >= MinMonthlyCases && mean[m] >= PeakFactor * average
                && (years.Count == 1 || years.Count(y => y[m] >= PeakFactor * y.Average()) >= 2))
            .Select(m => m + 1).ToList();
        return new SeasonalPattern(mean, peaks, SeasonsOf(peaks));
    }

    private static List<Season> SeasonsOf(IReadOnlyList<int> peaks)
    {
        var set = peaks.ToHashSet();
        static int Next(int m) => m % 12 + 1;
        static int Previous(int m) => (m + 10) % 12 + 1;
        var seasons = new List<Season>();
        foreach (var first in peaks.Where(m => !set.Contains(Previous(m))))
        {
            var last = first;
            while (set.Contains(Next(last)) && Next(last) != first)
                last = Next(last);
            seasons.Add(new Season(first, last));
        }
        return seasons;
    }
}
