using Hotline.Platform.Calendar;
using static Hotline.UnitTests.Calendar.OfficialRules;

namespace Hotline.UnitTests.Calendar;

/// <summary>
/// "N working days after T" on the official schedules. The day of T never counts; day 1 is the first
/// working day after T's China date; the deadline is 24:00 China time (16:00 UTC) of day N.
/// Every expected instant below was counted by hand on the published calendar.
/// </summary>
public sealed class DeadlineRulesTests
{
    private readonly CalendarRules _rules = Create();

    [Fact]
    public void A_weekday_morning_start_counts_from_the_next_day()
    {
        // Wed 2026-11-25 09:00: Thu 26 (1), Fri 27 (2), Mon 30 (3), Tue 12/1 (4), Wed 12/2 (5).
        var deadline = _rules.DueAfterWorkingDays(China(2026, 11, 25, 9), 5);
        Assert.Equal(Utc(2026, 12, 2, 16), deadline.DueUtc);
        Assert.False(deadline.BeyondCalendar);
    }

    [Fact]
    public void A_start_at_23_30_on_Friday_counts_Monday_as_day_one()
    {
        var start = China(2026, 11, 27, 23, 30);
        Assert.Equal(Utc(2026, 11, 27, 15, 30), start);
        Assert.Equal(Utc(2026, 11, 30, 16), _rules.DueAfterWorkingDays(start, 1).DueUtc);
        Assert.Equal(Utc(2026, 12, 2, 16), _rules.DueAfterWorkingDays(start, 3).DueUtc);
    }

    [Fact]
    public void The_China_date_of_the_start_decides_not_the_UTC_date()
    {
        // Fri 2026-11-27 07:00 in China is still Thursday in UTC; Friday itself must not count.
        var start = China(2026, 11, 27, 7);
        Assert.Equal(Utc(2026, 11, 26, 23), start);
        Assert.Equal(Utc(2026, 11, 30, 16), _rules.DueAfterWorkingDays(start, 1).DueUtc);
    }

    [Fact]
    public void A_start_on_Saturday_counts_from_Monday()
    {
        var start = China(2026, 11, 28, 10);
        Assert.Equal(Utc(2026, 11, 30, 16), _rules.DueAfterWorkingDays(start, 1).DueUtc);
        // Mon 30, Tue 1, Wed 2, Thu 3, Fri 4.
        Assert.Equal(Utc(2026, 12, 4, 16), _rules.DueAfterWorkingDays(start, 5).DueUtc);
    }

    [Fact]
    public void A_start_on_a_holiday_counts_from_the_first_working_day_after_it()
    {
        // Sat 2026-10-03 is 国庆; 10/4–10/7 are off too, so Thu 10/8 is day 1, Fri 10/9 day 2,
        // and Sat 10/10, a make-up working day, day 3.
        var start = China(2026, 10, 3, 10);
        Assert.Equal(Utc(2026, 10, 8, 16), _rules.DueAfterWorkingDays(start, 1).DueUtc);
        Assert.Equal(Utc(2026, 10, 10, 16), _rules.DueAfterWorkingDays(start, 3).DueUtc);
    }

    [Fact]
    public void A_start_right_before_National_Day_skips_the_holiday_and_counts_the_make_up_Saturday()
    {
        // Wed 2026-09-30 10:00. 10/1–10/7 off; Thu 10/8 (1), Fri 10/9 (2), Sat 10/10 make-up (3),
        // Sun 10/11 rest, Mon 10/12 (4), Tue 10/13 (5): due Tue 2026-10-13 24:00 China = 16:00 UTC.
        var deadline = _rules.DueAfterWorkingDays(China(2026, 9, 30, 10), 5);
        Assert.Equal(Utc(2026, 10, 13, 16), deadline.DueUtc);
        Assert.False(deadline.BeyondCalendar);
        Assert.Equal(
            [new DateOnly(2026, 10, 8), new DateOnly(2026, 10, 9), new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 13)],
            _rules.WorkingDaysAfter(new DateOnly(2026, 9, 30), 5, out _));
    }

    [Fact]
    public void Across_the_Spring_Festival_2026_with_both_make_up_Saturdays()
    {
        // Thu 2026-02-12 15:00: Fri 2/13 (1), Sat 2/14 make-up (2), 2/15–2/23 off, Tue 2/24 (3),
        // Wed 2/25 (4), Thu 2/26 (5), Fri 2/27 (6), Sat 2/28 make-up (7).
        var start = China(2026, 2, 12, 15);
        Assert.Equal(Utc(2026, 2, 14, 16), _rules.DueAfterWorkingDays(start, 2).DueUtc);
        Assert.Equal(Utc(2026, 2, 26, 16), _rules.DueAfterWorkingDays(start, 5).DueUtc);
        Assert.Equal(Utc(2026, 2, 28, 16), _rules.DueAfterWorkingDays(start, 7).DueUtc);
    }

    [Fact]
    public void Across_the_new_year_into_2026_skipping_New_Year_holidays_and_counting_the_make_up_Sunday()
    {
        // Tue 2025-12-30: Wed 12/31 (1), 1/1–1/3 off, Sun 1/4 make-up (2), Mon 1/5 (3), Tue 1/6 (4), Wed 1/7 (5).
        var deadline = _rules.DueAfterWorkingDays(China(2025, 12, 30, 9), 5);
        Assert.Equal(Utc(2026, 1, 7, 16), deadline.DueUtc);
        Assert.False(deadline.BeyondCalendar);
        Assert.Equal(new DateOnly(2026, 1, 4), _rules.AddWorkingDays(new DateOnly(2025, 12, 30), 2, out _));
    }

    [Fact]
    public void Beyond_the_loaded_years_the_weekend_rule_applies_and_the_result_is_flagged()
    {
        // Mon 2026-12-28: Tue 29 (1), Wed 30 (2), Thu 31 (3), then 2027 with no schedule loaded:
        // Fri 1/1 counts as an ordinary Friday (4), Mon 1/4 (5) … Fri 1/8 (9), Mon 1/11 (10).
        var deadline = _rules.DueAfterWorkingDays(China(2026, 12, 28, 9), 10);
        Assert.Equal(Utc(2027, 1, 11, 16), deadline.DueUtc);
        Assert.True(deadline.BeyondCalendar);
    }

    [Fact]
    public void A_deadline_that_stays_inside_the_loaded_year_is_not_flagged()
    {
        var deadline = _rules.DueAfterWorkingDays(China(2026, 12, 28, 9), 3);
        Assert.Equal(Utc(2026, 12, 31, 16), deadline.DueUtc);
        Assert.False(deadline.BeyondCalendar);
    }

    [Fact]
    public void Zero_working_days_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _rules.DueAfterWorkingDays(China(2026, 11, 25, 9), 0));
    }

    [Fact]
    public void Hour_limits_run_around_the_clock_through_nights_weekends_and_holidays()
    {
        // Wed 2026-09-30 20:00 China; 24 h later is 国庆 itself, 72 h later still the holiday.
        var start = China(2026, 9, 30, 20);
        Assert.Equal(Utc(2026, 10, 1, 12), CalendarRules.DueAfterHours(start, 24).DueUtc);
        Assert.Equal(Utc(2026, 10, 3, 12), CalendarRules.DueAfterHours(start, 72).DueUtc);
        Assert.Equal(Utc(2026, 9, 30, 12, 30), CalendarRules.DueAfterHours(start, 0.5).DueUtc);
        Assert.False(CalendarRules.DueAfterHours(start, 72).BeyondCalendar);
    }

    [Fact]
    public void Hour_limits_treat_an_unspecified_kind_as_UTC()
    {
        var due = CalendarRules.DueAfterHours(new DateTime(2026, 11, 25, 1, 0, 0, DateTimeKind.Unspecified), 2).DueUtc;
        Assert.Equal(Utc(2026, 11, 25, 3), due);
        Assert.Equal(DateTimeKind.Utc, due.Kind);
    }

    [Fact]
    public void Working_days_left_counts_the_remaining_working_days_up_to_the_due_day()
    {
        var due = _rules.DueAfterWorkingDays(China(2026, 9, 30, 10), 5).DueUtc; // Tue 10/13 24:00
        Assert.Equal(5, _rules.WorkingDaysLeft(China(2026, 9, 30, 10), due));
        Assert.Equal(5, _rules.WorkingDaysLeft(China(2026, 10, 5, 10), due));   // still in the holiday
        Assert.Equal(3, _rules.WorkingDaysLeft(China(2026, 10, 9, 8), due));    // 10/10, 10/12, 10/13
        Assert.Equal(1, _rules.WorkingDaysLeft(China(2026, 10, 12, 23, 59), due));
        Assert.Equal(0, _rules.WorkingDaysLeft(China(2026, 10, 13, 9), due));   // due today
        Assert.Equal(0, _rules.WorkingDaysLeft(China(2026, 10, 15, 9), due));   // overdue
    }
}
