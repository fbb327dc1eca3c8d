using Hotline.Dispatch.Contracts;
using Hotline.Dispatch.Domain;
using Hotline.Platform.Rules;
using static Hotline.UnitTests.Dispatch.Domain.DispatchStates;

namespace Hotline.UnitTests.Dispatch.Domain;

/// <summary>Dispatch's steps on the case, its assignments and return requests, and the rules that refuse them, without a database.</summary>
public class DispatchDomainTests
{
    [Fact]
    public void A_case_is_dispatched_returned_to_the_queue_and_after_three_returns_awaits_designation()
    {
        var c = new DispatchCase { CaseId = Guid.NewGuid(), QueuedAtUtc = At };
        Assert.Equal(DispatchState.Waiting, c.State);
        c.Dispatch(At.AddHours(1));
        Assert.Equal(DispatchState.Dispatched, c.State);
        Assert.Equal(At.AddHours(1), c.LastDispatchedAtUtc);

        Assert.False(c.ReturnToQueue(At.AddHours(2), returnsBeforeDesignation: 3));
        Assert.Equal(DispatchState.Waiting, c.State);
        Assert.Equal(At.AddHours(2), c.QueuedAtUtc);
        c.Dispatch(At.AddHours(3));
        Assert.False(c.ReturnToQueue(At.AddHours(4), 3));
        c.Dispatch(At.AddHours(5));
        Assert.True(c.ReturnToQueue(At.AddHours(6), 3));
        Assert.Equal(DispatchState.AwaitingDesignation, c.State);
        Assert.Equal(3, c.ApprovedReturns);
    }

    [Fact]
    public void A_closed_case_is_not_dispatched_again()
    {
        var c = new DispatchCase { CaseId = Guid.NewGuid() };
        c.Dispatch(At);
        Assert.False(c.Finish());
        Assert.Equal(DispatchState.Finished, c.State);
        var violation = Assert.Throws<DomainRuleViolation>(() => c.Dispatch(At.AddHours(1)));
        Assert.Same(DispatchCase.NotAfterClosing, violation.Rule);
        Assert.Equal("该工单已办结，不能再派单。", violation.Message);
        Assert.Throws<DomainRuleViolation>(() => c.ReturnToQueue(At.AddHours(1), 3));
    }

    [Fact]
    public void A_redo_waits_in_the_queue_only_while_no_unit_has_the_case_and_the_next_dispatch_clears_it()
    {
        var c = new DispatchCase { CaseId = Guid.NewGuid(), QueuedAtUtc = At };
        c.Dispatch(At);
        Assert.False(c.AwaitRedoDispatch(1, "电梯仍停运"));   // with units: the lead takes the redo
        c.ReturnToQueue(At.AddHours(2), 3);
        Assert.True(c.AwaitRedoDispatch(1, "电梯仍停运"));
        Assert.False(c.AwaitRedoDispatch(1, "电梯仍停运"));   // redelivered: already waiting
        Assert.Equal((1, "电梯仍停运"), (c.RedoRound, c.RedoReason));
        c.Dispatch(At.AddDays(1));
        Assert.Null(c.RedoRound);
        Assert.Null(c.RedoReason);
        c.Finish();
        Assert.False(c.AwaitRedoDispatch(2, "再次不满意"));
    }

    [Fact]
    public void Finishing_reports_whether_the_case_was_still_queued()
    {
        var waiting = new DispatchCase();
        Assert.True(waiting.Finish());
    }

    [Theory]
    [InlineData(nameof(AssignmentStatus.Returned))]
    [InlineData(nameof(AssignmentStatus.Reassigned))]
    [InlineData(nameof(AssignmentStatus.Finished))]
    public void An_assignment_ends_once(string howName)
    {
        var how = Enum.Parse<AssignmentStatus>(howName);
        var a = Active();
        End(a, how, "第一次");
        Assert.Equal(how, a.Status);
        Assert.False(a.IsActive);
        Assert.Equal(At.AddHours(1), a.EndedAtUtc);
        var violation = Assert.Throws<DomainRuleViolation>(() => a.Reassign(At.AddHours(2), "第二次"));
        Assert.Same(Assignment.EndsOnce, violation.Rule);
        Assert.Equal(how, a.Status);
        Assert.Equal(At.AddHours(1), a.EndedAtUtc);
    }

    [Fact]
    public void An_active_part_follows_the_completion_deadline_handling_moved_and_an_ended_one_keeps_its_own()
    {
        var a = Active();
        var dispatched = a.CompletionDueUtc;
        Assert.Null(a.CompletionDueNote);
        Assert.True(a.FollowCompletionDue(dispatched.AddDays(20), "已批准延期"));
        Assert.Equal((dispatched.AddDays(20), "已批准延期"), (a.CompletionDueUtc, a.CompletionDueNote));

        a.Reassign(At.AddHours(1), "改派");
        Assert.False(a.FollowCompletionDue(dispatched.AddDays(40), "第1次重办"));
        Assert.Equal((dispatched.AddDays(20), "已批准延期"), (a.CompletionDueUtc, a.CompletionDueNote));
    }

    [Fact]
    public void A_return_applied_in_time_is_pending_and_a_late_one_names_the_article()
    {
        var a = Active();
        var request = ReturnRequest.Apply(a, [], ReturnReason.NotOurDuty, "电梯安全监管属市场监管部门职责。", At.AddHours(2), "zjj", 1);
        Assert.Equal(ReturnStatus.Pending, request.Status);
        Assert.Equal(a.Id, request.AssignmentId);

        var late = Assert.Throws<DomainRuleViolation>(() =>
            ReturnRequest.Apply(a, [], ReturnReason.NotOurDuty, "依据", a.ReturnWindowEndsUtc.AddTicks(1), "zjj", 1));
        Assert.Equal("Dispatch.Return.Apply", late.Rule.Code);
        Assert.Equal("002 第十三条㈥", late.Rule.Source);
        Assert.StartsWith("派单后 1 个工作日内可申请退单", late.Message);

        var twice = Assert.Throws<DomainRuleViolation>(() =>
            ReturnRequest.Apply(a, [request], ReturnReason.NotOurDuty, "依据", At.AddHours(3), "zjj", 1));
        Assert.Equal("本单已有待审核的退单申请，请等待审核结果。", twice.Message);
    }

    [Fact]
    public void The_dispatcher_reviews_a_pending_request_once()
    {
        var a = Active();
        var request = Request(a, ReturnStatus.Pending);
        request.Refuse(a, At.AddHours(1), "dispatcher", "属于本局职责");
        Assert.Equal(ReturnStatus.Refused, request.Status);
        Assert.Equal("dispatcher", request.ReviewedBy);
        Assert.Equal("属于本局职责", request.ReviewNote);
        var again = Assert.Throws<DomainRuleViolation>(() => request.Approve(a, At.AddHours(2), "other", null));
        Assert.Equal(ReturnRequest.MayReview.Code, again.Rule.Code);
        Assert.Equal("该退单申请已由 dispatcher 审核（已驳回），请刷新后查看。", again.Message);
        Assert.Equal(ReturnStatus.Refused, request.Status);
    }

    [Fact]
    public void A_request_of_an_ended_assignment_is_not_reviewed()
    {
        var a = Active();
        var request = Request(a, ReturnStatus.Pending);
        a.Reassign(At.AddHours(1), "改派");
        Assert.Equal("该派单已结束（已改派或办结），退单申请无需再审核。",
            Assert.Throws<DomainRuleViolation>(() => request.Approve(a, At.AddHours(2), "dispatcher", null)).Message);
        Assert.Equal(ReturnStatus.Pending, request.Status);
    }

    [Fact]
    public void A_refusal_is_disputed_once_and_the_supervisor_decides_finally()
    {
        var a = Active();
        var request = Request(a, ReturnStatus.Refused);
        request.Dispute(a, "三定方案明确", At.AddHours(2), "zjj");
        Assert.Equal(ReturnStatus.Disputed, request.Status);
        Assert.Equal("三定方案明确", request.DisputeText);
        var twice = Assert.Throws<DomainRuleViolation>(() => request.Dispute(a, "再次", At.AddHours(3), "zjj"));
        Assert.Equal("Dispatch.Return.DisputeOnce", twice.Rule.Code);

        request.DecideDispute(a, uphold: false, At.AddHours(4), "supervisor", "职责明确");
        Assert.Equal(ReturnStatus.DisputeRejected, request.Status);
        Assert.Equal("supervisor", request.DisputeDecidedBy);
        Assert.Equal("职责明确", request.DisputeDecisionNote);
        var final = Assert.Throws<DomainRuleViolation>(() => request.DecideDispute(a, true, At.AddHours(5), "other", null));
        Assert.Equal("Dispatch.Return.DisputeDecision", final.Rule.Code);
        Assert.Equal(ReturnStatus.DisputeRejected, request.Status);
    }

    [Fact]
    public void An_upheld_dispute_approves_the_return()
    {
        var a = Active();
        var request = Request(a, ReturnStatus.Disputed);
        request.DecideDispute(a, uphold: true, At.AddHours(4), "supervisor", null);
        Assert.Equal(ReturnStatus.DisputeUpheld, request.Status);
    }

    [Fact]
    public void A_pending_request_cannot_be_disputed()
    {
        var a = Active();
        var request = Request(a, ReturnStatus.Pending);
        Assert.Equal("退单申请尚在审核中，审核驳回后才能提出争议。",
            Assert.Throws<DomainRuleViolation>(() => request.Dispute(a, "争议", At, "zjj")).Message);
        Assert.Equal("该退单申请没有待审核的争议。",
            Assert.Throws<DomainRuleViolation>(() => request.DecideDispute(a, true, At, "supervisor", null)).Message);
    }

    private static Assignment Active() => new()
    {
        CaseId = Guid.NewGuid(), UnitId = Guid.NewGuid(), Role = AssignmentRole.Lead, DispatchedAtUtc = At,
        SignForDueUtc = At.AddHours(8), CompletionDueUtc = At.AddDays(21), ReturnWindowEndsUtc = At.AddDays(1),
    };

    private static void End(Assignment a, AssignmentStatus how, string note)
    {
        if (how == AssignmentStatus.Returned)
            a.Return(At.AddHours(1), note);
        else if (how == AssignmentStatus.Reassigned)
            a.Reassign(At.AddHours(1), note);
        else
            a.Finish(At.AddHours(1));
    }
}
