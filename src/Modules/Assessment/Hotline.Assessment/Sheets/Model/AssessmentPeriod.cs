namespace Hotline.Assessment.Sheets.Model;

internal enum PeriodKind
{
    Month,
    Quarter,
    Year,
    Range,
}

/// <summary>
/// An assessment period: whole China calendar days from <see cref="First"/> to <see cref="Last"/> inclusive.
/// Figures count events by the China day they happened on, so a period never splits a day.
/// </summary>
internal sealed record AssessmentPeriod
{
    private AssessmentPeriod(PeriodKind kind, DateOnly first, DateOnly last)
    {
        Kind = kind;
        First = first;
        Last = last;
    }

    public PeriodKind Kind { get; }
    public DateOnly First { get; }
    public DateOnly Last { get; }

    public DateTime FromUtc => ChinaTime.StartOfDayUtc(First);
    public DateTime ToUtc => ChinaTime.EndOfDayUtc(Last);

    /// <summary>A stable key for stored locks and snapshots, e.g. "M2026-11", "Q2026-4", "Y2026", "R2026-11-03_2026-11-20".</summary>
    public string Key => Kind switch
    {
        PeriodKind.Month => $"M{First:yyyy-MM}",
        PeriodKind.Quarter => $"Q{First.Year}-{(First.Month - 1) / 3 + 1}",
        PeriodKind.Year => $"Y{First.Year}",
        _ => $"R{First:yyyy-MM-dd}_{Last:yyyy-MM-dd}",
    };

    public string Label => Kind switch
    {
        PeriodKind.Month => $"{First.Year}年{First.Month}月",
        PeriodKind.Quarter => $"{First.Year}年第{(First.Month - 1) / 3 + 1}季度",
        PeriodKind.Year => $"{First.Year}年度",
        _ => $"{First:yyyy-MM-dd} 至 {Last:yyyy-MM-dd}",
    };

    public IEnumerable<DateOnly> Days()
    {
        for (var d = First; d <= Last; d = d.AddDays(1))
            yield return d;
    }

    /// <summary>The months the period touches, for trend charts.</summary>
    public IEnumerable<AssessmentPeriod> Months()
    {
        for (var m = new DateOnly(First.Year, First.Month, 1); m <= Last; m = m.AddMonths(1))
            yield return Month(m.Year, m.Month);
    }

    public static AssessmentPeriod Month(int year, int month) =>
        new(PeriodKind.Month, new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    public static AssessmentPeriod Quarter(int year, int quarter)
    {
        if (quarter is < 1 or > 4)
            throw new ArgumentOutOfRangeException(nameof(quarter), "季度必须是 1 至 4。");
        var first = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new(PeriodKind.Quarter, first, first.AddMonths(3).AddDays(-1));
    }

    public static AssessmentPeriod Year(int year) => new(PeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>Any range of whole days; refused when it is empty (last before first) or longer than three years.</summary>
    public static AssessmentPeriod Range(DateOnly first, DateOnly last)
    {
        if (last < first)
            throw new ArgumentException("考核期间的结束日期不能早于开始日期。");
        if (last.DayNumber - first.DayNumber > 3 * 366)
            throw new ArgumentException("考核期间不能超过三年。");
        return new(PeriodKind.Range, first, last);
    }

    /// <summary>Parses <see cref="Key"/>; null when it is not a valid period.</summary>
    public static AssessmentPeriod? Parse(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length < 5)
            return null;
        try
        {
            return key[0] switch
            {
                'M' when DateOnly.TryParseExact(key[1..] + "-01", "yyyy-MM-dd", out var m) => Month(m.Year, m.Month),
                'Q' when key.Length == 7 && int.TryParse(key[1..5], out var y) && int.TryParse(key[6..], out var q) => Quarter(y, q),
                'Y' when int.TryParse(key[1..], out var y) && y is > 2000 and < 2200 => Year(y),
                'R' when key.Split('_') is [var a, var b]
                    && DateOnly.TryParseExact(a[1..], "yyyy-MM-dd", out var first)
                    && DateOnly.TryParseExact(b, "yyyy-MM-dd", out var last) => Range(first, last),
                _ => null,
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The month before the one containing <paramref name="today"/> (the period an assessor opens first).</summary>
    public static AssessmentPeriod LastMonth(DateOnly today)
    {
        var m = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return Month(m.Year, m.Month);
    }
}
