using Hotline.Dispatch.Contracts;
using Hotline.Intake.Contracts;
using Hotline.Platform.Calendar;
using static Hotline.UnitTests.Calendar.OfficialRules;
using Hotline.Dispatch.Dispatching;
using Hotline.Dispatch.Settings;

namespace Hotline.UnitTests.Dispatch;

/// <summary>
/// A dispatch's deadlines on the official 2026 schedule. National Day 2026: 10-01…10-07 off, Saturday
/// 10-10 a make-up working day. Dispatched Wednesday 2026-09-30 16:00 China time.
/// </summary>
public sealed class DeadlineTermsTests
{
    private static readonly CalendarRules Rules = Create();
    private static readonly DispatchSettings Defaults = new();
    private static readonly DateTime BeforeNationalDay = China(2026, 9, 30, 16);

    [Fact]
    public void Sign_for_and_first_contact_run_around_the_clock_through_the_holiday()
    {
        var d = DeadlineRules.Compute(Rules, Defaults, BeforeNationalDay, Urgency.Normal, 15);
        Assert.Equal(China(2026, 10, 1, 0), d.SignFor.DueUtc);
        Assert.Equal(China(2026, 10, 1, 16), d.FirstContact.DueUtc);
    }

    [Theory]
    [InlineData(Urgency.Urgent, 18, 0)]
    [InlineData(Urgency.Critical, 16, 30)]
    public void Urgent_cases_get_the_shorter_sign_for_limit(Urgency urgency, int hour, int minute)
    {
        var d = DeadlineRules.Compute(Rules, Defaults, BeforeNationalDay, urgency, 15);
        Assert.Equal(China(2026, 9, 30, hour, minute), d.SignFor.DueUtc);
    }

    [Fact]
    public void Fifteen_working_days_skip_the_holiday_and_count_the_make_up_Saturday()
    {
        // 10-08 (1), 10-09 (2), Sat 10-10 调休 (3), 10-12…10-16 (4–8), 10-19…10-23 (9–13), 10-26 (14), 10-27 (15).
        var d = DeadlineRules.Compute(Rules, Defaults, BeforeNationalDay, Urgency.Normal, 15);
        Assert.Equal(ChinaEndOf(2026, 10, 27), d.Completion.DueUtc);
        Assert.Equal(15, d.CompletionWorkingDays);
        Assert.False(d.BeyondCalendar);
    }

    [Fact]
    public void A_co_unit_owes_its_opinion_on_the_make_up_Saturday()
    {
        // Three working days: 10-08, 10-09, and Saturday 10-10 which is a working day.
        var d = DeadlineRules.Compute(Rules, Defaults, BeforeNationalDay, Urgency.Normal, 15);
        Assert.Equal(ChinaEndOf(2026, 10, 10), d.CoOpinion.DueUtc);
        var terms = d.TermsFor(Guid.NewGuid(), Guid.NewGuid(), AssignmentRole.CoHandling);
        Assert.Equal(d.CoOpinion.DueUtc, terms.CompletionDueUtc);
        Assert.Equal(3, terms.CompletionWorkingDays);
    }

    [Fact]
    public void The_return_window_ends_at_midnight_of_the_first_working_day_after_the_holiday()
    {
        // A return applied on 2026-10-08 is in time: the window is one working day, and 10-01…10-07 are not working days.
        var d = DeadlineRules.Compute(Rules, Defaults, BeforeNationalDay, Urgency.Normal, 15);
        Assert.Equal(ChinaEndOf(2026, 10, 8), d.ReturnWindowEnds.DueUtc);
        Assert.True(China(2026, 10, 8, 23, 59) < d.ReturnWindowEnds.DueUtc);
        Assert.False(China(2026, 10, 9, 0, 0) < d.ReturnWindowEnds.DueUtc);
    }

    [Fact]
    public void A_co_unit_opinion_is_never_due_after_the_lead_completion()
    {
        var d = DeadlineRules.Compute(Rules, Defaults with { CoOpinionWorkingDays = 5 }, China(2026, 11, 25, 9), Urgency.Normal, 2);
        Assert.Equal(2, d.CoOpinionWorkingDays);
        Assert.Equal(d.Completion.DueUtc, d.CoOpinion.DueUtc);
    }

    [Fact]
    public void The_lead_terms_carry_the_completion_limit()
    {
        var d = DeadlineRules.Compute(Rules, Defaults, China(2026, 11, 25, 9), Urgency.Normal, 5);
        var id = Guid.NewGuid();
        var unit = Guid.NewGuid();
        var terms = d.TermsFor(id, unit, AssignmentRole.Lead);
        Assert.Equal(new AssignmentTerms(id, unit, AssignmentRole.Lead, null, China(2026, 11, 25, 17), China(2026, 11, 26, 9),
            ChinaEndOf(2026, 12, 2), 5), terms);
    }

    [Fact]
    public void Deadlines_in_a_year_without_a_schedule_are_flagged()
    {
        var d = DeadlineRules.Compute(Rules, Defaults, China(2026, 12, 25, 9), Urgency.Normal, 15);
        Assert.True(d.BeyondCalendar);
    }

    private static DateTime ChinaEndOf(int year, int month, int day) => China(year, month, day).AddDays(1);
}
