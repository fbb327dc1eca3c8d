using Hotline.Handling.Domain;
using Hotline.Platform.Rules;
using static Hotline.UnitTests.Handling.Domain.HandlingStates;

namespace Hotline.UnitTests.Handling.Domain;

/// <summary>Every step of a unit's assignment and the rule that refuses it, without a database.</summary>
public class HandlingAssignmentTests
{
    [Fact]
    public void Sign_for_within_eight_hours_is_on_time_and_starts_handling()
    {
        var a = Lead();
        var signed = a.SignFor(At.AddHours(8), "zjj-handler");
        Assert.Equal(new SignedFor(Redo: false, Late: false), signed);
        Assert.Equal(HandlingStatus.InHandling, a.Status);
        Assert.Equal(At.AddHours(8), a.SignedAtUtc);
        Assert.Equal("zjj-handler", a.SignedBy);
        Assert.False(a.SignedLate);
    }

    [Fact]
    public void Sign_for_after_eight_hours_is_marked_late()
    {
        var a = Lead();
        Assert.True(a.SignFor(At.AddHours(8).AddMinutes(1), "h").Late);
        Assert.True(a.SignedLate);
    }

    [Fact]
    public void Sign_for_happens_once()
    {
        var a = Lead().In(HandlingStatus.InHandling);
        var violation = Assert.Throws<DomainRuleViolation>(() => a.SignFor(At.AddHours(1), "h"));
        Assert.Same(HandlingAssignment.SignForOnce, violation.Rule);
        Assert.Equal("002 第十三条㈠", violation.Rule.Source);
        Assert.Equal("该工单已签收。", violation.Message);
    }

    [Fact]
    public void A_redo_is_signed_for_again_but_the_first_sign_for_stays()
    {
        var a = Lead().In(HandlingStatus.Redo);
        var firstSigned = a.SignedAtUtc;
        Assert.Equal(new SignedFor(Redo: true, Late: false), a.SignFor(At.AddDays(5), "other"));
        Assert.Equal(HandlingStatus.InHandling, a.Status);
        Assert.Equal(firstSigned, a.SignedAtUtc);
        Assert.Equal("handler", a.SignedBy);
    }

    [Theory]
    [InlineData(nameof(HandlingStatus.Ended), "Handling.Assignment.NotEnded", "该工单已退回或改派，本单位的办理已终止，只能查看。")]
    [InlineData(nameof(HandlingStatus.Closed), "Handling.Assignment.NotClosed", "该工单已办结，只能查看。")]
    public void Nothing_is_done_on_an_ended_or_closed_assignment(string statusName, string code, string message)
    {
        var status = Enum.Parse<HandlingStatus>(statusName);
        var a = Lead().In(status);
        var violation = Assert.Throws<DomainRuleViolation>(() => a.SignFor(At.AddHours(1), "h"));
        Assert.Equal(code, violation.Rule.Code);
        Assert.Equal(message, violation.Message);
        Assert.Equal(code, Assert.Throws<DomainRuleViolation>(a.RequireSigned).Rule.Code);
    }

    [Theory]
    [InlineData(nameof(HandlingStatus.AwaitingSignFor), "请先签收该工单。")]
    [InlineData(nameof(HandlingStatus.Redo), "该工单已发回重办，请先签收重办。")]
    public void Acting_requires_the_sign_for_first(string statusName, string message)
    {
        var status = Enum.Parse<HandlingStatus>(statusName);
        Assert.Equal(message, Assert.Throws<DomainRuleViolation>(Lead().In(status).RequireSigned).Message);
    }

    [Fact]
    public void The_first_contact_that_reached_the_caller_meets_the_24_hour_limit()
    {
        var a = Lead().In(HandlingStatus.InHandling);
        Assert.False(a.RecordContact(At.AddHours(2), reached: false));
        Assert.Null(a.FirstContactAtUtc);
        Assert.True(a.RecordContact(At.AddHours(25), reached: true));
        Assert.Equal(At.AddHours(25), a.FirstContactAtUtc);
        Assert.False(a.ContactedOnTime);
        Assert.False(a.RecordContact(At.AddHours(26), reached: true));
        Assert.Equal(At.AddHours(25), a.FirstContactAtUtc);
    }

    [Fact]
    public void An_approved_extension_moves_the_deadline_once()
    {
        var a = Lead().In(HandlingStatus.InHandling);
        var newDue = a.CompletionDueUtc.AddDays(14);
        a.Extend(newDue);
        Assert.Equal(newDue, a.CompletionDueUtc);
        Assert.True(a.Extended);
        var violation = Assert.Throws<DomainRuleViolation>(() => a.Extend(newDue.AddDays(14)));
        Assert.Same(HandlingAssignment.ExtendOnce, violation.Rule);
        Assert.Equal("002 第十三条㈢", violation.Rule.Source);
        Assert.Equal(newDue, a.CompletionDueUtc);
    }

    [Theory]
    [InlineData(nameof(HandlingStatus.Ended), "该工单已不在办理中（已退回、改派或办结），不能批准延期，请驳回。")]
    [InlineData(nameof(HandlingStatus.Closed), "该工单已不在办理中（已退回、改派或办结），不能批准延期，请驳回。")]
    [InlineData(nameof(HandlingStatus.Replied), "该单位已答复，无需延期，请驳回。")]
    public void No_extension_after_the_reply_or_the_end(string statusName, string message)
    {
        var status = Enum.Parse<HandlingStatus>(statusName);
        var a = Lead().In(status);
        var due = a.CompletionDueUtc;
        Assert.Equal(message, Assert.Throws<DomainRuleViolation>(() => a.Extend(due.AddDays(14))).Message);
        Assert.Equal(due, a.CompletionDueUtc);
        Assert.False(a.Extended);
    }

    [Fact]
    public void An_accepted_reply_ends_the_round_on_time_or_late()
    {
        var onTime = Lead().In(HandlingStatus.InHandling);
        onTime.AcceptReply(onTime.CompletionDueUtc);
        Assert.Equal(HandlingStatus.Replied, onTime.Status);
        Assert.True(onTime.RepliedOnTime);
        var late = Lead().In(HandlingStatus.InHandling);
        late.AcceptReply(late.CompletionDueUtc.AddTicks(1));
        Assert.False(late.RepliedOnTime);
        Assert.Equal(late.CompletionDueUtc.AddTicks(1), late.RepliedAtUtc);
    }

    [Fact]
    public void A_reply_awaiting_approval_can_be_sent_back_for_revision()
    {
        var a = Lead().In(HandlingStatus.AwaitingApproval);
        a.ReviseReply();
        Assert.Equal(HandlingStatus.InHandling, a.Status);
    }

    [Fact]
    public void Only_a_co_unit_gives_an_opinion()
    {
        var co = CoUnit().In(HandlingStatus.InHandling);
        co.GiveOpinion(At.AddDays(2));
        Assert.Equal(HandlingStatus.Replied, co.Status);
        Assert.True(co.RepliedOnTime);
        var violation = Assert.Throws<DomainRuleViolation>(() => Lead().In(HandlingStatus.InHandling).GiveOpinion(At.AddDays(2)));
        Assert.Same(HandlingAssignment.OpinionByCoUnit, violation.Rule);
        Assert.Equal("002 第十二条㈢", violation.Rule.Source);
    }

    [Fact]
    public void A_redo_sets_the_round_reason_and_new_deadline_and_needs_a_new_sign_for()
    {
        var a = Lead().In(HandlingStatus.Replied);
        var due = At.AddDays(30);
        Assert.True(a.AcceptsRedo(1));
        a.Redo(1, "诉求人不满意", due);
        Assert.Equal(HandlingStatus.Redo, a.Status);
        Assert.Equal(1, a.RedoRound);
        Assert.Equal("诉求人不满意", a.RedoReason);
        Assert.Equal(due, a.CompletionDueUtc);
        Assert.False(a.AcceptsRedo(1));
    }

    [Theory]
    [InlineData(nameof(HandlingStatus.Ended))]
    [InlineData(nameof(HandlingStatus.Closed))]
    public void A_redo_never_reopens_an_assignment_no_longer_on_the_case(string statusName)
    {
        var status = Enum.Parse<HandlingStatus>(statusName);
        var a = Lead().In(status);
        Assert.False(a.AcceptsRedo(1));
        var violation = Assert.Throws<DomainRuleViolation>(() => a.Redo(1, "不满意", At.AddDays(30)));
        Assert.Equal("002 第十七条", violation.Rule.Source);
        Assert.Equal(status, a.Status);
    }

    [Fact]
    public void Closing_keeps_an_earlier_end_time()
    {
        var a = Lead().In(HandlingStatus.Ended);
        var ended = a.EndedAtUtc;
        a.Close(At.AddDays(9));
        Assert.Equal(HandlingStatus.Closed, a.Status);
        Assert.Equal(ended, a.EndedAtUtc);
        var open = Lead().In(HandlingStatus.InHandling);
        open.Close(At.AddDays(9));
        Assert.Equal(At.AddDays(9), open.EndedAtUtc);
    }

    [Fact]
    public void The_lead_may_record_that_it_no_longer_waits_for_opinions()
    {
        var a = Lead().In(HandlingStatus.InHandling);
        a.ProceedWithoutOpinions(At.AddDays(4), "lead", "协办单位逾期未回复");
        Assert.Equal(At.AddDays(4), a.ProceedWithoutOpinionsAtUtc);
        Assert.Equal("lead", a.ProceedWithoutOpinionsBy);
        Assert.Equal("协办单位逾期未回复", a.ProceedWithoutOpinionsReason);
    }
}
