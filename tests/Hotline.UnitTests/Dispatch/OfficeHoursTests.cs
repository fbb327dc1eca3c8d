using Hotline.Dispatch.Dispatching;
using Hotline.Dispatch.Settings;
using Hotline.Intake.Contracts;
using Hotline.Platform;
using Hotline.Platform.Calendar;
using static Hotline.UnitTests.Calendar.OfficialRules;

namespace Hotline.UnitTests.Dispatch;

/// <summary>
/// Sign-for limits counted in office hours (#18.11) on the official 2026 schedule, office periods 08:30–12:00 and
/// 14:00–17:30 (7 hours a working day). National Day 2026: 10-01…10-07 off, Saturday 10-10 a make-up working day.
/// </summary>
public sealed class OfficeHoursTests
{
    private static readonly CalendarRules Rules = Create();
    private static readonly IReadOnlyList<OfficePeriod> Day = OfficeHours.Parse(OfficeHours.Default);
    private static readonly DispatchSettings NormalInOfficeHours = new() { NormalSignForClock = SignForClock.OfficeHours };

    [Fact]
    public void A_night_dispatch_is_due_after_eight_office_hours_and_the_make_up_saturday_counts()
    {
        // Fri 10-09 22:31 → Sat 10-10 (调休, 7 h) → Mon 10-12 09:30 for the last hour.
        Assert.Equal(China(2026, 10, 12, 9, 30), OfficeHours.DueAfter(Rules, China(2026, 10, 9, 22, 31), 8, Day).DueUtc);
    }

    [Fact]
    public void The_holiday_does_not_count_and_first_contact_is_never_due_before_sign_for()
    {
        // Wed 09-30 16:00: 1.5 h that afternoon, the holiday skipped, 3.5 h + 3 h on Thu 10-08 → 17:00.
        var d = DeadlineRules.Compute(Rules, NormalInOfficeHours, China(2026, 9, 30, 16), Urgency.Normal, 15);
        Assert.Equal(China(2026, 10, 8, 17), d.SignFor.DueUtc);
        Assert.Equal(d.SignFor.DueUtc, d.FirstContact.DueUtc);
        Assert.Contains("按办公时间计 8 小时", d.SignForRule);
    }

    [Fact]
    public void Urgent_levels_keep_counting_around_the_clock_unless_chosen()
    {
        var d = DeadlineRules.Compute(Rules, NormalInOfficeHours, China(2026, 10, 9, 22, 31), Urgency.Urgent, 15);
        Assert.Equal(China(2026, 10, 10, 0, 31), d.SignFor.DueUtc);
        Assert.Equal("连续计时 2 小时", d.SignForRule);
    }

    [Theory]
    [InlineData(9, 0, 3, 12, 0)]      // inside the morning: 3 h to noon exactly
    [InlineData(11, 0, 2, 15, 0)]     // 1 h before noon, 1 h after the lunch break
    [InlineData(12, 30, 1, 15, 0)]    // during the lunch break: counting starts at 14:00
    [InlineData(7, 0, 0.5, 9, 0)]     // before the office opens
    public void Hours_count_only_inside_the_office_periods(int hour, int minute, double hours, int dueHour, int dueMinute) =>
        Assert.Equal(China(2026, 11, 26, dueHour, dueMinute), OfficeHours.DueAfter(Rules, China(2026, 11, 26, hour, minute), hours, Day).DueUtc);

    [Theory]
    [InlineData("", "请填写办公时间")]
    [InlineData("8:30-12", "格式不正确")]
    [InlineData("14:00-12:00", "须晚于开始时间")]
    [InlineData("08:30-12:00,11:00-17:30", "重叠或顺序颠倒")]
    [InlineData("08:30-08:40", "至少 15 分钟")]
    public void Bad_office_hours_are_refused_in_chinese(string text, string message) =>
        Assert.Contains(message, Assert.Throws<BusinessRuleException>(() => OfficeHours.Parse(text)).Message);

    [Fact]
    public void Office_hours_read_with_chinese_punctuation_and_single_digit_hours()
    {
        Assert.Equal("08:30-12:00,14:00-17:30", OfficeHours.Format(OfficeHours.Parse("8:30-12:00，14:00－17:30")));
    }
}
