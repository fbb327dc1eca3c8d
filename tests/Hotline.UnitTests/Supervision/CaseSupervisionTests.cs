using Hotline.Platform;
using Hotline.Supervision.Contracts;
using Hotline.Supervision.Domain;

namespace Hotline.UnitTests.Supervision;

/// <summary>The supervision's rules: levels only go up, a response only while open, review only after a response.</summary>
public sealed class CaseSupervisionTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 2, 0, 0, DateTimeKind.Utc);
    private static readonly SupervisionSubject Subject = new(Guid.NewGuid(), Guid.NewGuid(), "QH2026120300001", Guid.NewGuid());

    private static CaseSupervision Reminder() =>
        CaseSupervision.Open(Subject, SupervisionLevel.Reminder, SupervisionTrigger.Overdue, "签收超期", "请立即签收", Now.AddDays(1), "系统自动", Now);

    [Fact]
    public void Escalation_goes_only_upwards_and_the_leader_level_needs_instructions()
    {
        var s = Reminder();
        s.Escalate(SupervisionLevel.Notice, null, null, Now.AddDays(3), "刘洋", Now);
        Assert.Equal(SupervisionLevel.Notice, s.Level);
        Assert.Equal("请立即签收", s.Requirement);
        Assert.Equal(CaseSupervision.OnlyUpwards.Message,
            Assert.Throws<Hotline.Platform.Rules.DomainRuleViolation>(() => s.Escalate(SupervisionLevel.Notice, null, null, Now.AddDays(3), "刘洋", Now)).Message);
        Assert.Contains("领导批示", Assert.Throws<BusinessRuleException>(() => s.Escalate(SupervisionLevel.Leader, null, " ", Now.AddDays(2), "刘洋", Now)).Message);
        s.Escalate(SupervisionLevel.Leader, null, "请县住建局主要负责人亲自督办", Now.AddDays(2), "刘洋", Now);
        Assert.Equal("请县住建局主要负责人亲自督办", s.LeaderInstruction);
        Assert.Equal(3, s.Steps.Count);
    }

    [Fact]
    public void The_rules_raise_to_the_leader_level_without_a_made_up_instruction_which_is_recorded_once_when_given()
    {
        var s = Reminder();
        Assert.Equal(CaseSupervision.InstructionOnLeaderLevel.Code,
            Assert.Throws<Hotline.Platform.Rules.DomainRuleViolation>(() => s.RecordInstruction("尽快办理", "刘洋", Now)).Rule.Code);
        s.Escalate(SupervisionLevel.Notice, null, null, Now.AddDays(3), "系统自动", Now, byRule: true);
        s.Escalate(SupervisionLevel.Leader, null, null, Now.AddDays(2), "系统自动", Now, byRule: true);
        Assert.Null(s.LeaderInstruction);
        Assert.Contains("待录入领导批示", s.Steps[^1].Text);

        Assert.Contains("领导批示", Assert.Throws<BusinessRuleException>(() => s.RecordInstruction("  ", "刘洋", Now)).Message);
        s.RecordInstruction("请县住建局主要负责人三日内办结并报告。", "刘洋", Now.AddHours(1));
        Assert.Equal("请县住建局主要负责人三日内办结并报告。", s.LeaderInstruction);
        Assert.Equal("录入领导批示", s.Steps[^1].Action);
        Assert.Equal(CaseSupervision.InstructionOnce.Code,
            Assert.Throws<Hotline.Platform.Rules.DomainRuleViolation>(() => s.RecordInstruction("再次批示", "刘洋", Now)).Rule.Code);
    }

    [Fact]
    public void Numbering_happens_once()
    {
        var s = Reminder();
        Assert.Null(s.NoticeNumber);
        s.Number(2026, 12);
        s.Number(2026, 13);
        Assert.Equal("督〔2026〕第12号", s.NoticeNumber);
    }

    [Fact]
    public void A_late_response_is_marked_and_review_needs_a_response_first()
    {
        var s = Reminder();
        Assert.Throws<Hotline.Platform.Rules.DomainRuleViolation>(() => s.Accept(null, "刘洋", Now));
        Assert.Contains("至少需要 5 个字", Assert.Throws<BusinessRuleException>(() => s.Respond("已办", "赵强", Now)).Message);
        s.Respond("已于当日签收并联系诉求人，安排维修。", "赵强", Now.AddDays(2));
        Assert.True(s.RespondedLate);
        Assert.Throws<Hotline.Platform.Rules.DomainRuleViolation>(() => s.Respond("再次回复的内容。", "赵强", Now.AddDays(2)));
        s.SendBack("请补充维修完成时间。", Now.AddDays(4), "刘洋", Now.AddDays(2));
        Assert.Equal(SupervisionStatus.Open, s.Status);
        s.Respond("电梯已于12月5日修复并恢复运行。", "赵强", Now.AddDays(3));
        s.Accept("同意", "刘洋", Now.AddDays(3));
        Assert.Equal(SupervisionStatus.Accepted, s.Status);
        Assert.False(s.IsOpen);
        Assert.Throws<Hotline.Platform.Rules.DomainRuleViolation>(() => s.Escalate(SupervisionLevel.Notice, null, null, Now.AddDays(9), "刘洋", Now.AddDays(3)));
    }

    [Fact]
    public void A_requirement_over_ten_thousand_characters_or_a_past_deadline_is_refused()
    {
        Assert.Contains("10000", Assert.Throws<BusinessRuleException>(() => CaseSupervision.Open(Subject, SupervisionLevel.Notice, SupervisionTrigger.Manual,
            "事由", new string('要', 10001), Now.AddDays(1), "刘洋", Now)).Message);
        Assert.Throws<Hotline.Platform.Rules.DomainRuleViolation>(() => CaseSupervision.Open(Subject, SupervisionLevel.Reminder, SupervisionTrigger.Manual,
            "事由", "要求", Now, "刘洋", Now));
    }
}
