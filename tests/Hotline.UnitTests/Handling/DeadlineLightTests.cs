using Hotline.UnitTests.Calendar;
using static Hotline.UnitTests.Calendar.OfficialRules;
using Hotline.Handling.Deadlines;
using Hotline.Handling.Settings;

namespace Hotline.UnitTests.Handling;

/// <summary>Traffic lights on the official 2026 calendar: time left is counted in working days, so holidays and 调休 matter.</summary>
public sealed class DeadlineLightTests
{
    private static readonly Hotline.Platform.Calendar.CalendarRules Rules = OfficialRules.Create();
    private static readonly HandlingSettings Defaults = new();

    private static TrafficLight Light(DateTime now, DateTime start, int workingDays) =>
        DeadlineLight.ForWorkingDays(now, start, Rules.DueAfterWorkingDays(start, workingDays).DueUtc, Rules, Defaults);

    [Fact]
    public void A_five_day_limit_across_mid_autumn_and_national_day_stays_green_through_the_holiday()
    {
        var start = China(2026, 9, 24, 10);
        // Day 1 is 9-28 (9-25..27 are 中秋), days 4 and 5 are 10-08 and 10-09 after the National Day week.
        Assert.Equal(China(2026, 10, 10), Rules.DueAfterWorkingDays(start, 5).DueUtc);
        Assert.Equal(TrafficLight.Green, Light(China(2026, 9, 30, 10), start, 5));
        Assert.Equal(TrafficLight.Green, Light(China(2026, 10, 5, 10), start, 5));
        Assert.Equal(TrafficLight.Green, Light(China(2026, 10, 7, 23, 59), start, 5));
        Assert.Equal(TrafficLight.Yellow, Light(China(2026, 10, 8, 9), start, 5));
        Assert.Equal(TrafficLight.Yellow, Light(China(2026, 10, 9, 23, 59), start, 5));
        Assert.Equal(TrafficLight.Red, Light(China(2026, 10, 10, 0), start, 5));
    }

    [Fact]
    public void The_national_day_make_up_saturday_counts_as_time_left()
    {
        // Friday 10-09 evening, due Monday 10-12 24:00: 10-10 (调休上班) and 10-12 are two working days left.
        var due = China(2026, 10, 13);
        Assert.Equal(TrafficLight.Green, DeadlineLight.ForWorkingDays(China(2026, 10, 9, 20), due, 4, Rules, Defaults));
        // Saturday 10-10 evening: only Monday is left.
        Assert.Equal(TrafficLight.Yellow, DeadlineLight.ForWorkingDays(China(2026, 10, 10, 20), due, 4, Rules, Defaults));
    }

    [Fact]
    public void The_september_make_up_sunday_counts_and_the_weekend_rule_alone_would_be_wrong()
    {
        // Friday 09-18 evening, due Tuesday 09-22 24:00: 09-20 (Sunday, 调休上班), 09-21 and 09-22 are left.
        var due = China(2026, 9, 23);
        Assert.Equal(3, Rules.WorkingDaysLeft(China(2026, 9, 18, 20), due));
        Assert.Equal(TrafficLight.Green, DeadlineLight.ForWorkingDays(China(2026, 9, 18, 20), due, 4, Rules, Defaults));
        Assert.Equal(TrafficLight.Yellow, DeadlineLight.ForWorkingDays(China(2026, 9, 21, 8), due, 4, Rules, Defaults));
    }

    [Fact]
    public void A_fifteen_day_limit_turns_yellow_when_a_quarter_of_the_working_days_is_left()
    {
        var start = China(2026, 11, 2, 9);
        Assert.Equal(China(2026, 11, 24), Rules.DueAfterWorkingDays(start, 15).DueUtc);
        // 11-17: 18, 19, 20, 23 left = 4/15 > 25 %.
        Assert.Equal(TrafficLight.Green, Light(China(2026, 11, 17, 10), start, 15));
        // 11-18: 19, 20, 23 left = 3/15 ≤ 25 %, though more than one working day.
        Assert.Equal(TrafficLight.Yellow, Light(China(2026, 11, 18, 10), start, 15));
    }

    [Fact]
    public void Thresholds_come_from_the_settings()
    {
        var start = China(2026, 11, 2, 9);
        var none = new HandlingSettings { YellowWorkingDays = 0, YellowFraction = 0 };
        var due = Rules.DueAfterWorkingDays(start, 15).DueUtc;
        Assert.Equal(TrafficLight.Green, DeadlineLight.ForWorkingDays(China(2026, 11, 20, 10), start, due, Rules, none));
        Assert.Equal(TrafficLight.Red, DeadlineLight.ForWorkingDays(due, start, due, Rules, none));
    }

    [Fact]
    public void Clock_hour_limits_turn_yellow_in_their_last_quarter_and_red_when_passed()
    {
        var start = China(2026, 11, 25, 9);
        var due = start.AddHours(8);
        Assert.Equal(TrafficLight.Green, DeadlineLight.ForHours(due.AddHours(-2).AddMinutes(-1), start, due, Defaults));
        Assert.Equal(TrafficLight.Yellow, DeadlineLight.ForHours(due.AddHours(-2), start, due, Defaults));
        Assert.Equal(TrafficLight.Yellow, DeadlineLight.ForHours(due.AddTicks(-1), start, due, Defaults));
        Assert.Equal(TrafficLight.Red, DeadlineLight.ForHours(due, start, due, Defaults));
    }
}
