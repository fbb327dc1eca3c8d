using Hotline.Dispatch.Contracts;
using Hotline.Handling.Domain;
using Hotline.UnitTests.Handling.Domain;
using Hotline.Platform.Time;
using Hotline.UnitTests.Calendar;
using Hotline.Handling.Extensions;

namespace Hotline.UnitTests.Handling.Outcomes;

public class ExtensionTermsTests
{
    private static readonly Hotline.Platform.Calendar.CalendarRules Rules = OfficialRules.Create();

    [Fact]
    public void The_extension_over_national_day_2026_adds_the_original_working_days_after_the_due_day()
    {
        // Due at the end of Tuesday 29 September; 5 working days follow: 30 Sep, then after 国庆 (1–7 Oct off)
        // Thu 8, Fri 9, the make-up Saturday 10 and Monday 12 October.
        var due = ChinaTime.EndOfDayUtc(new DateOnly(2026, 9, 29));
        var extended = ExtensionTerms.NewDue(Rules, due, 5);
        Assert.Equal(ChinaTime.EndOfDayUtc(new DateOnly(2026, 10, 12)), extended.DueUtc);
        Assert.False(extended.BeyondCalendar);
    }

    [Fact]
    public void A_15_day_complaint_due_on_the_eve_of_the_holiday_runs_past_it()
    {
        // Due Wednesday 30 September: 8, 9, 10 (make-up), 12–16, 19–23 October, 26, 27 October → the 15th working day.
        var due = ChinaTime.EndOfDayUtc(new DateOnly(2026, 9, 30));
        var extended = ExtensionTerms.NewDue(Rules, due, 15);
        Assert.Equal(ChinaTime.EndOfDayUtc(new DateOnly(2026, 10, 27)), extended.DueUtc);
        Assert.Equal(15, Rules.WorkingDaysLeft(ExtensionTerms.CountFrom(due), extended.DueUtc));
    }

    [Theory]
    [InlineData(2026, 9, 24, 5)]   // before 中秋 (Fri 25 Sep off) and the make-up Sunday 20 Sep already past
    [InlineData(2026, 12, 31, 5)]  // across the 2027 New Year: beyond the loaded calendars, flagged
    [InlineData(2026, 11, 25, 15)]
    public void The_extension_always_equals_the_original_limit(int year, int month, int day, int workingDays)
    {
        var due = ChinaTime.EndOfDayUtc(new DateOnly(year, month, day));
        var extended = ExtensionTerms.NewDue(Rules, due, workingDays);
        Assert.Equal(workingDays, Rules.WorkingDaysLeft(ExtensionTerms.CountFrom(due), extended.DueUtc));
        Assert.Equal(year == 2026 && month == 12, extended.BeyondCalendar);
    }

    [Fact]
    public void A_request_is_refused_after_the_deadline_a_second_time_and_for_co_handling()
    {
        var now = new DateTime(2026, 11, 25, 1, 0, 0, DateTimeKind.Utc);
        var lead = HandlingStates.Lead(now.AddDays(3)).In(HandlingStatus.InHandling);
        Assert.Null(ExtensionTerms.Refusal(lead, null, now));
        Assert.Contains("已超过办结时限", ExtensionTerms.Refusal(lead, null, lead.CompletionDueUtc));
        Assert.Contains("等待中心审批", ExtensionTerms.Refusal(lead, HandlingStates.Extension(ExtensionStatus.Pending), now));
        Assert.Contains("只能延期一次", ExtensionTerms.Refusal(lead, HandlingStates.Extension(ExtensionStatus.Approved), now));
        Assert.Contains("已被驳回", ExtensionTerms.Refusal(lead, HandlingStates.Extension(ExtensionStatus.Refused), now));
        Assert.Contains("请先签收", ExtensionTerms.Refusal(HandlingStates.Lead(now.AddDays(3)), null, now));
        Assert.Contains("主办单位", ExtensionTerms.Refusal(HandlingStates.CoUnit().In(HandlingStatus.InHandling), null, now));
    }
}
