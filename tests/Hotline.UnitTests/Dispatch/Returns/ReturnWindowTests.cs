using Hotline.Dispatch.Contracts;
using Hotline.Dispatch.Domain;
using Hotline.UnitTests.Dispatch.Domain;
using Hotline.Intake.Contracts;
using Hotline.Platform.Calendar;
using static Hotline.UnitTests.Calendar.OfficialRules;
using Hotline.Dispatch.Dispatching;
using Hotline.Dispatch.Returns;
using Hotline.Dispatch.Settings;

namespace Hotline.UnitTests.Dispatch.Returns;

/// <summary>
/// The 退单 window: 1 working day after dispatch on the official calendar, the dispatch day not
/// counted, ending 24:00 China time. Every expected day was counted by hand on the 2026 schedule.
/// </summary>
public sealed class ReturnWindowTests
{
    private readonly CalendarRules _rules = Create();
    private readonly DispatchSettings _settings = new();

    [Fact]
    public void Dispatched_on_the_eve_of_National_Day_the_window_runs_to_the_first_working_day_after_the_holiday()
    {
        // 10-01..10-07 are 国庆 holidays, so 10-08 is the first working day after receipt.
        var assignment = Dispatched(China(2026, 9, 30, 16));
        Assert.Equal(Utc(2026, 10, 8, 16), assignment.ReturnWindowEndsUtc);

        Assert.Null(WhyNot(assignment, China(2026, 10, 8, 9)));
        Assert.Null(WhyNot(assignment, China(2026, 10, 8, 23, 59)));
        Assert.Equal("派单后 1 个工作日内可申请退单，本单退单期限已于 2026-10-08 24:00 届满", WhyNot(assignment, China(2026, 10, 9, 8)));
    }

    [Fact]
    public void A_holiday_is_never_counted_even_late_in_the_holiday()
    {
        var assignment = Dispatched(China(2026, 9, 30, 16));
        Assert.Null(WhyNot(assignment, China(2026, 10, 5, 10)));
    }

    [Fact]
    public void Dispatched_on_a_Friday_the_unit_may_still_return_on_Monday_but_not_on_Tuesday()
    {
        var assignment = Dispatched(China(2026, 11, 27, 15));
        Assert.Null(WhyNot(assignment, China(2026, 11, 28, 10)));
        Assert.Null(WhyNot(assignment, China(2026, 11, 30, 17)));
        Assert.Equal("派单后 1 个工作日内可申请退单，本单退单期限已于 2026-11-30 24:00 届满", WhyNot(assignment, China(2026, 12, 1, 0, 1)));
    }

    [Fact]
    public void A_make_up_working_Saturday_counts_as_the_working_day()
    {
        // Sat 2026-10-10 is 调休上班: dispatched Friday 10-09, the window ends that Saturday, not on Monday.
        var assignment = Dispatched(China(2026, 10, 9, 11));
        Assert.Equal(Utc(2026, 10, 10, 16), assignment.ReturnWindowEndsUtc);
        Assert.Null(WhyNot(assignment, China(2026, 10, 10, 20)));
        Assert.Equal("派单后 1 个工作日内可申请退单，本单退单期限已于 2026-10-10 24:00 届满", WhyNot(assignment, China(2026, 10, 11, 9)));
    }

    [Fact]
    public void A_configured_longer_window_is_named_in_the_explanation()
    {
        var settings = _settings with { ReturnWindowWorkingDays = 2 };
        var assignment = Dispatched(China(2026, 11, 25, 9), settings);
        Assert.Equal(Utc(2026, 11, 27, 16), assignment.ReturnWindowEndsUtc);
        Assert.Equal("派单后 2 个工作日内可申请退单，本单退单期限已于 2026-11-27 24:00 届满",
            ReturnRules.WhyNoApplication(assignment, [], China(2026, 11, 28, 9), settings.ReturnWindowWorkingDays));
    }

    [Theory]
    [InlineData(nameof(ReturnStatus.Pending), "本单已有待审核的退单申请，请等待审核结果。")]
    [InlineData(nameof(ReturnStatus.Disputed), "本单已有待审核的退单申请，请等待审核结果。")]
    [InlineData(nameof(ReturnStatus.Refused), "本单的退单申请已被驳回，请继续办理；对驳回有异议的，可对该申请提出一次争议。")]
    [InlineData(nameof(ReturnStatus.DisputeRejected), "本单的退单申请已被驳回，请继续办理；对驳回有异议的，可对该申请提出一次争议。")]
    public void One_request_per_assignment_and_none_after_a_decision(string earlier, string expected)
    {
        var assignment = Dispatched(China(2026, 11, 25, 9));
        var request = DispatchStates.Request(assignment, Enum.Parse<ReturnStatus>(earlier));
        Assert.Equal(expected, ReturnRules.WhyNoApplication(assignment, [request], China(2026, 11, 25, 10), 1));
    }

    [Fact]
    public void A_sub_assignment_is_returned_to_the_parent_unit_not_to_the_center()
    {
        var assignment = Dispatched(China(2026, 11, 25, 9));
        assignment.ParentAssignmentId = Guid.NewGuid();
        Assert.Contains("请联系上级单位", ReturnRules.WhyNoApplication(assignment, [], China(2026, 11, 25, 10), 1));
    }

    [Fact]
    public void An_ended_assignment_cannot_be_returned()
    {
        var assignment = Dispatched(China(2026, 11, 25, 9));
        assignment.Reassign(China(2026, 11, 25, 9, 30), "改派");
        Assert.Equal("该派单已结束，不能申请退单。", ReturnRules.WhyNoApplication(assignment, [], China(2026, 11, 25, 10), 1));
    }

    [Theory]
    [InlineData(nameof(ReturnStatus.Refused), null)]
    [InlineData(nameof(ReturnStatus.Pending), "退单申请尚在审核中，审核驳回后才能提出争议。")]
    [InlineData(nameof(ReturnStatus.Approved), "退单申请已同意，无需提出争议。")]
    [InlineData(nameof(ReturnStatus.Disputed), "该退单申请已提出过争议，每次退单只能争议一次，请等待督办员审核。")]
    [InlineData(nameof(ReturnStatus.DisputeRejected), "争议已审核驳回，为最终决定，不能再次提出争议。")]
    public void Only_a_refused_request_may_be_disputed_and_only_once(string status, string? expected)
    {
        var assignment = Dispatched(China(2026, 11, 25, 9));
        Assert.Equal(expected, ReturnRules.WhyNoDispute(DispatchStates.Request(assignment, Enum.Parse<ReturnStatus>(status)), assignment));
    }

    [Fact]
    public void Deadlines_read_as_24_00_of_their_last_day()
    {
        Assert.Equal("2026-10-08 24:00", ReturnWindow.DeadlineText(Utc(2026, 10, 8, 16)));
        Assert.Equal("2026-10-08 17:30", ReturnWindow.DeadlineText(China(2026, 10, 8, 17, 30)));
    }

    private string? WhyNot(Assignment assignment, DateTime nowUtc) =>
        ReturnRules.WhyNoApplication(assignment, [], nowUtc, _settings.ReturnWindowWorkingDays);

    private Assignment Dispatched(DateTime atUtc, DispatchSettings? settings = null)
    {
        var deadlines = DeadlineRules.Compute(_rules, settings ?? _settings, atUtc, Urgency.Normal, 15);
        return new Assignment
        {
            Role = AssignmentRole.Lead,
            DispatchedAtUtc = atUtc,
            SignForDueUtc = deadlines.SignFor.DueUtc,
            CompletionDueUtc = deadlines.Completion.DueUtc,
            ReturnWindowEndsUtc = deadlines.ReturnWindowEnds.DueUtc,
        };
    }
}
