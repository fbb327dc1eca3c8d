using Hotline.Administration.Calendar;
using Hotline.Platform.Calendar;

namespace Hotline.UnitTests.Calendar;

/// <summary>
/// The shipped 2024, 2025 and 2026 schedules against the State Council General Office notices, written out
/// here independently of the JSON files so that a wrong or missing entry in a file fails.
/// </summary>
public sealed class OfficialCalendarTests
{
    private static readonly CalendarRules Rules = OfficialRules.Create();

    // 国办发明电〔2023〕7号.
    public static readonly string[] OffDays2024List = Dates(
        ("2024-01-01", "2024-01-01"), ("2024-02-10", "2024-02-17"), ("2024-04-04", "2024-04-06"),
        ("2024-05-01", "2024-05-05"), ("2024-06-08", "2024-06-10"), ("2024-09-15", "2024-09-17"),
        ("2024-10-01", "2024-10-07"));

    public static readonly string[] OffDays2025List = Dates(
        ("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"),
        ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08"));

    public static readonly string[] OffDays2026List = Dates(
        ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
        ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
        ("2026-10-01", "2026-10-07"));

    public static TheoryData<string> OffDays2024 => new(OffDays2024List);
    public static TheoryData<string> OffDays2025 => new(OffDays2025List);
    public static TheoryData<string> OffDays2026 => new(OffDays2026List);

    public static readonly string[] MakeUpDays2024 = ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"];
    public static readonly string[] MakeUpDays2025 = ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"];
    public static readonly string[] MakeUpDays2026 = ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"];

    public static TheoryData<string> MakeUpDays => new(MakeUpDays2024.Concat(MakeUpDays2025).Concat(MakeUpDays2026));

    [Theory]
    [MemberData(nameof(OffDays2024))]
    [MemberData(nameof(OffDays2025))]
    [MemberData(nameof(OffDays2026))]
    public void Every_holiday_off_day_is_not_a_working_day(string date)
    {
        var day = DateOnly.Parse(date);
        Assert.False(Rules.IsWorkingDay(day));
        Assert.True(Rules.Exception(day)?.IsOffDay);
    }

    [Theory]
    [MemberData(nameof(MakeUpDays))]
    public void Every_make_up_day_is_a_working_day_although_it_is_a_weekend(string date)
    {
        var day = DateOnly.Parse(date);
        Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.True(Rules.IsWorkingDay(day));
        Assert.False(Rules.Exception(day)?.IsOffDay);
    }

    [Fact]
    public void The_files_hold_exactly_the_official_exceptions_and_nothing_else()
    {
        var files = OfficialCalendars.Load().ToList();
        Assert.Equal([2024, 2025, 2026], files.Select(f => f.Year));

        var expectedOff = OffDays2024List.Concat(OffDays2025List).Concat(OffDays2026List).Select(DateOnly.Parse).Order().ToList();
        var expectedMakeUp = MakeUpDays2024.Concat(MakeUpDays2025).Concat(MakeUpDays2026).Select(DateOnly.Parse).Order().ToList();
        var days = files.SelectMany(f => f.Days).ToList();
        Assert.Equal(expectedOff, days.Where(d => d.IsOffDay).Select(d => d.Date).Order());
        Assert.Equal(expectedMakeUp, days.Where(d => !d.IsOffDay).Select(d => d.Date).Order());
        Assert.All(days, d => Assert.False(string.IsNullOrWhiteSpace(d.Name)));
    }

    [Fact]
    public void Holidays_carry_their_names()
    {
        Assert.Equal("国庆节", Rules.Exception(new DateOnly(2026, 10, 1))?.Name);
        Assert.Equal("中秋节", Rules.Exception(new DateOnly(2026, 9, 25))?.Name);
        Assert.Equal("春节", Rules.Exception(new DateOnly(2025, 1, 28))?.Name);
        Assert.Equal("国庆节、中秋节", Rules.Exception(new DateOnly(2025, 10, 8))?.Name);
        Assert.Equal("中秋节", Rules.Exception(new DateOnly(2024, 9, 16))?.Name);
        Assert.Equal("劳动节调休上班", Rules.Exception(new DateOnly(2024, 5, 11))?.Name);
    }

    [Theory]
    [InlineData("2026-11-25", true)]   // Wednesday
    [InlineData("2026-11-27", true)]   // Friday
    [InlineData("2026-11-28", false)]  // Saturday
    [InlineData("2026-11-29", false)]  // Sunday
    [InlineData("2025-03-10", true)]   // Monday
    [InlineData("2025-03-08", false)]  // Saturday
    [InlineData("2026-10-08", true)]   // Thursday right after 国庆
    [InlineData("2026-10-11", false)]  // the Sunday after the 10/10 make-up day stays a weekend
    public void Ordinary_weekdays_work_and_ordinary_weekends_rest(string date, bool working)
    {
        Assert.Equal(working, Rules.IsWorkingDay(DateOnly.Parse(date)));
        Assert.Null(Rules.Exception(DateOnly.Parse(date)));
    }

    [Fact]
    public void The_official_years_are_loaded_and_others_are_not()
    {
        Assert.True(Rules.IsLoaded(2024));
        Assert.True(Rules.IsLoaded(2025));
        Assert.True(Rules.IsLoaded(2026));
        Assert.False(Rules.IsLoaded(2023));
        Assert.False(Rules.IsLoaded(2027));
    }

    private static string[] Dates(params (string From, string To)[] ranges)
    {
        var data = new List<string>();
        foreach (var (from, to) in ranges)
        {
            for (var d = DateOnly.Parse(from); d <= DateOnly.Parse(to); d = d.AddDays(1))
                data.Add(d.ToString("yyyy-MM-dd"));
        }
        return [.. data];
    }
}
