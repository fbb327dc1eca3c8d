using Hotline.Handling.Contracts;
using Hotline.Handling.Domain;
using Hotline.Platform.Rules;
using static Hotline.UnitTests.Handling.Domain.HandlingStates;

namespace Hotline.UnitTests.Handling.Domain;

/// <summary>Extension requests, replies, co-handling opinions and caller contacts: their steps and rules, without a database.</summary>
public class OutcomeEntityTests
{
    [Fact]
    public void An_extension_is_requested_before_the_deadline_and_approval_moves_it()
    {
        var lead = Lead().In(HandlingStatus.InHandling);
        var due = lead.CompletionDueUtc;
        var request = ExtensionRequest.Request(lead, null, "需协调", "已协调", due.AddDays(14), At.AddDays(1), "h");
        Assert.Equal(ExtensionStatus.Pending, request.Status);
        Assert.Equal(due, request.CurrentDueUtc);
        request.Approve(lead, At.AddDays(2), "dispatcher", "同意");
        Assert.Equal(ExtensionStatus.Approved, request.Status);
        Assert.Equal("dispatcher", request.DecidedBy);
        Assert.Equal(due.AddDays(14), lead.CompletionDueUtc);
        Assert.True(lead.Extended);
    }

    [Fact]
    public void An_extension_is_refused_after_the_deadline_and_decided_only_once()
    {
        var lead = Lead(At.AddDays(1)).In(HandlingStatus.InHandling);
        var late = Assert.Throws<DomainRuleViolation>(() => ExtensionRequest.Request(lead, null, "r", "m", At.AddDays(15), At.AddDays(1), "h"));
        Assert.Equal(ExtensionRequest.MayRequest.Code, late.Rule.Code);
        Assert.Equal("002 第十三条㈢", late.Rule.Source);
        Assert.Contains("已超过办结时限", late.Message);

        var refused = Extension(ExtensionStatus.Refused);
        Assert.Equal(ExtensionRequest.DecidedOnce.Code, Assert.Throws<DomainRuleViolation>(() => refused.Refuse(At, "d", "x")).Rule.Code);
        Assert.Contains("不能重复审批", Assert.Throws<DomainRuleViolation>(() => refused.Approve(lead, At, "d", null)).Message);
        Assert.Equal("该延期申请已审批（已驳回），不能重复审批。", Assert.Throws<DomainRuleViolation>(() => refused.Approve(lead, At, "d", null)).Message);
        Assert.False(lead.Extended);
    }

    [Fact]
    public void A_second_request_is_refused_whatever_became_of_the_first()
    {
        var lead = Lead().In(HandlingStatus.InHandling);
        var first = ExtensionRequest.Request(lead, null, "r", "m", lead.CompletionDueUtc.AddDays(14), At.AddDays(1), "h");
        var again = Assert.Throws<DomainRuleViolation>(() => ExtensionRequest.Request(lead, first, "r", "m", lead.CompletionDueUtc.AddDays(14), At.AddDays(1), "h"));
        Assert.Equal("延期申请正在等待中心审批，请勿重复提交。", again.Message);
    }

    [Fact]
    public void A_waiting_reply_is_approved_or_sent_back_once()
    {
        var a = Lead().In(HandlingStatus.AwaitingApproval);
        var reply = NewReply(a);
        reply.Reject(a, At.AddDays(1), "manager", "请补充整改照片");
        Assert.Equal(ReplyStatus.Rejected, reply.Status);
        Assert.Equal("请补充整改照片", reply.DecisionNote);
        Assert.Equal(HandlingStatus.InHandling, a.Status);
        var again = Assert.Throws<DomainRuleViolation>(() => reply.Approve(a, At.AddDays(1), "manager", null));
        Assert.Equal(Reply.DecidedOnce.Code, again.Rule.Code);
        Assert.Equal("该答复已退回修改，不能重复审核。", again.Message);

        a.AwaitApproval();
        var second = NewReply(a);
        second.Approve(a, At.AddDays(2), "manager", null);
        Assert.Equal(ReplyStatus.Accepted, second.Status);
        Assert.Equal(At.AddDays(2), second.DecidedAtUtc);
    }

    [Fact]
    public void A_reply_of_an_assignment_no_longer_awaiting_approval_is_not_decided()
    {
        var a = Lead().In(HandlingStatus.AwaitingApproval);
        var reply = NewReply(a);
        a.End(At.AddDays(1));
        var violation = Assert.Throws<DomainRuleViolation>(() => reply.Approve(a, At.AddDays(1), "manager", null));
        Assert.Same(Reply.DecidedWhileAwaiting, violation.Rule);
        Assert.Equal(ReplyStatus.AwaitingApproval, reply.Status);
    }

    [Fact]
    public void A_waiting_reply_is_withdrawn_by_the_system_and_a_decided_one_is_left_alone()
    {
        var a = Lead().In(HandlingStatus.AwaitingApproval);
        var waiting = NewReply(a);
        waiting.Withdraw(At.AddDays(1), "办理已终止，答复作废");
        Assert.Equal(ReplyStatus.Rejected, waiting.Status);
        Assert.Equal("系统", waiting.DecidedBy);
        var accepted = NewReply(a);
        accepted.Accept(At, "manager");
        accepted.Withdraw(At.AddDays(1), "作废");
        Assert.Equal(ReplyStatus.Accepted, accepted.Status);
        Assert.Equal("manager", accepted.DecidedBy);
    }

    [Fact]
    public void The_parent_adopts_its_sub_units_reply_with_a_note_naming_it()
    {
        var parent = Lead().In(HandlingStatus.InHandling);
        var sub = NewReply(Lead());
        var adopted = Reply.AdoptedFrom(sub, parent, "parent-manager", At.AddDays(1));
        Assert.Equal(parent.Id, adopted.AssignmentId);
        Assert.Equal(sub.Text, adopted.Text);
        Assert.Equal(ReplyStatus.AwaitingApproval, adopted.Status);
        Assert.StartsWith("采用下级单位答复（village", adopted.DecisionNote);
    }

    [Fact]
    public void A_co_opinion_goes_to_the_active_lead_and_counts_as_the_co_units_reply()
    {
        var co = CoUnit().In(HandlingStatus.InHandling);
        var lead = Lead().In(HandlingStatus.InHandling);
        var opinion = CoOpinion.Give(co, lead, "建议由住建局督促物业整改", "co-handler", At.AddDays(1));
        Assert.Equal(lead.Id, opinion.LeadAssignmentId);
        Assert.Equal(HandlingStatus.Replied, co.Status);
        var noLead = CoUnit().In(HandlingStatus.InHandling);
        var violation = Assert.Throws<DomainRuleViolation>(() => CoOpinion.Give(noLead, null, "意见", "co", At.AddDays(1)));
        Assert.Same(CoOpinion.ToActiveLead, violation.Rule);
        Assert.Equal(HandlingStatus.InHandling, noLead.Status);
    }

    [Fact]
    public void A_contact_lies_between_the_dispatch_and_now_and_an_unreached_one_says_why()
    {
        var a = Lead().In(HandlingStatus.InHandling);
        var now = At.AddHours(3);
        Assert.Same(CallerContact.NotInFuture,
            Assert.Throws<DomainRuleViolation>(() => CallerContact.Record(a, now.AddMinutes(2), ContactMethod.Phone, true, null, now, "h")).Rule);
        Assert.Equal("Handling.Contact.NotBeforeDispatch",
            Assert.Throws<DomainRuleViolation>(() => CallerContact.Record(a, At.AddMinutes(-1), ContactMethod.Phone, true, null, now, "h")).Rule.Code);
        Assert.Same(CallerContact.NoteWhenUnreached,
            Assert.Throws<DomainRuleViolation>(() => CallerContact.Record(a, now, ContactMethod.Phone, false, null, now, "h")).Rule);
        var contact = CallerContact.Record(a, now.AddMinutes(1), ContactMethod.Phone, false, "无人接听", now, "h");
        Assert.False(contact.Reached);
        Assert.False(contact.IsResultNotice);
        Assert.True(CallerContact.ResultNotice(a, ContactMethod.Sms, null, now, "h").IsResultNotice);
    }

    private static Reply NewReply(HandlingAssignment a) => new()
    {
        AssignmentId = a.Id, CaseId = a.CaseId, UnitId = a.UnitId, Result = ReplyResult.Resolved, Text = "已更换路灯电缆并恢复照明。",
        SubmittedAtUtc = At, SubmittedBy = "village",
    };
}
