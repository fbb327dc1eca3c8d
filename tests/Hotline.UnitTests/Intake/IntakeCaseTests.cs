using Hotline.Intake.Contracts;
using Hotline.Intake.Domain;
using Hotline.Platform.Rules;

namespace Hotline.UnitTests.Intake;

/// <summary>The case's acceptance decision and the later steps it mirrors, without a database.</summary>
public sealed class IntakeCaseTests
{
    private static readonly DateTime At = new(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);

    private static IntakeCase Waiting(string number = "QH202611250001") => new() { Number = number };

    private static IntakeCase Accepted()
    {
        var c = Waiting();
        c.Accept(At, "话务员甲");
        return c;
    }

    [Fact]
    public void A_new_case_waits_for_its_decision()
    {
        Assert.Equal(CaseStatus.PendingAcceptance, Waiting().Status);
    }

    [Fact]
    public void Accepting_records_who_and_when_and_leaves_the_case_open()
    {
        var c = Accepted();
        Assert.Equal(CaseStatus.Accepted, c.Status);
        Assert.Equal(At, c.DecidedAtUtc);
        Assert.Equal("话务员甲", c.DecidedBy);
        Assert.Null(c.ClosedAtUtc);
    }

    [Fact]
    public void A_second_decision_is_refused_naming_the_case_and_its_status()
    {
        var c = Accepted();
        var e = Assert.Throws<DomainRuleViolation>(() => c.Accept(At, "话务员乙"));
        Assert.Equal(IntakeCase.DecideOnlyWhilePending.Code, e.Rule.Code);
        Assert.Equal("002 第十二条", e.Rule.Source);
        Assert.Contains("QH202611250001", e.Message);
        Assert.Contains(CaseStatus.Accepted.DisplayName(), e.Message);
        Assert.Throws<DomainRuleViolation>(() => c.AnswerOnSpot("答复", At, "话务员乙"));
        Assert.Throws<DomainRuleViolation>(() => c.RefuseAcceptance("OUT_OF_SCOPE", "依据", "告知", At, "话务员乙"));
        Assert.Throws<DomainRuleViolation>(() => c.TransferToEmergencyLine(EmergencyLine.Police110, At, "话务员乙"));
        Assert.Throws<DomainRuleViolation>(() => c.MarkInvalid(null, At, "话务员乙"));
        Assert.Equal("话务员甲", c.DecidedBy);
    }

    [Fact]
    public void Answering_on_the_spot_closes_at_intake_with_the_trimmed_answer()
    {
        var c = Waiting();
        Assert.Equal("按政策办理即可", c.AnswerOnSpot("  按政策办理即可 ", At, "话务员甲"));
        Assert.Equal(CaseStatus.AnsweredAtIntake, c.Status);
        Assert.Equal("按政策办理即可", c.DecisionText);
        Assert.Equal(At, c.ClosedAtUtc);
    }

    [Theory]
    [InlineData("   ", "请填写答复内容。")]
    [InlineData(null, "请填写答复内容。")]
    public void An_empty_answer_is_refused_and_changes_nothing(string? answer, string message)
    {
        var c = Waiting();
        var e = Assert.ThrowsAny<Exception>(() => c.AnswerOnSpot(answer, At, "话务员甲"));
        Assert.Equal(message, e.Message);
        Assert.Equal(CaseStatus.PendingAcceptance, c.Status);
        Assert.Null(c.DecidedAtUtc);
    }

    [Fact]
    public void An_answer_longer_than_its_limit_is_refused()
    {
        var c = Waiting();
        Assert.ThrowsAny<Exception>(() => c.AnswerOnSpot(new string('答', IntakeCase.AnswerMaxLength + 1), At, "话务员甲"));
        Assert.Equal(CaseStatus.PendingAcceptance, c.Status);
    }

    [Fact]
    public void Not_accepting_keeps_reason_basis_and_guidance()
    {
        var c = Waiting();
        c.RefuseAcceptance("LITIGATION", " 已进入诉讼程序 ", " 请向法院反映 ", At, "话务员甲");
        Assert.Equal(CaseStatus.NotAccepted, c.Status);
        Assert.Equal("LITIGATION", c.DecisionReasonCode);
        Assert.Equal("已进入诉讼程序", c.DecisionBasis);
        Assert.Equal("请向法院反映", c.DecisionGuidance);
        Assert.Equal(At, c.ClosedAtUtc);
    }

    [Theory]
    [InlineData("", "请向法院反映", "请填写不予受理的依据。")]
    [InlineData("已进入诉讼程序", " ", "请填写告知诉求人的办理途径（可向哪个部门反映）。")]
    public void Not_accepting_without_basis_or_guidance_is_refused(string basis, string guidance, string message)
    {
        var c = Waiting();
        var e = Assert.ThrowsAny<Exception>(() => c.RefuseAcceptance("LITIGATION", basis, guidance, At, "话务员甲"));
        Assert.Equal(message, e.Message);
        Assert.Equal(CaseStatus.PendingAcceptance, c.Status);
        Assert.Null(c.DecisionReasonCode);
    }

    [Fact]
    public void An_emergency_is_transferred_and_closed()
    {
        var c = Waiting();
        c.TransferToEmergencyLine(EmergencyLine.Fire119, At, "话务员甲");
        Assert.Equal(CaseStatus.EmergencyTransferred, c.Status);
        Assert.Equal(EmergencyLine.Fire119, c.EmergencyLine);
        Assert.Equal(At, c.ClosedAtUtc);
    }

    [Theory]
    [InlineData(" 骚扰 ", "骚扰")]
    [InlineData(null, null)]
    public void An_invalid_call_is_closed_with_its_note(string? note, string? kept)
    {
        var c = Waiting();
        Assert.Equal(kept, c.MarkInvalid(note, At, "话务员甲"));
        Assert.Equal(CaseStatus.Invalid, c.Status);
        Assert.Equal(At, c.ClosedAtUtc);
    }

    [Fact]
    public void A_waiting_case_merges_into_an_open_one()
    {
        var target = Accepted();
        var c = Waiting("QH202611250002");
        c.MergeInto(target, At, "话务员甲");
        Assert.Equal(CaseStatus.Merged, c.Status);
        Assert.Equal(target.Id, c.MergedIntoCaseId);
        Assert.Equal(At, c.ClosedAtUtc);
        Assert.Equal(CaseStatus.Accepted, target.Status);
    }

    [Fact]
    public void A_case_is_not_merged_into_itself()
    {
        var c = Waiting();
        var e = Assert.Throws<DomainRuleViolation>(() => c.MergeInto(c, At, "话务员甲"));
        Assert.Equal(IntakeCase.MergeNotIntoItself.Code, e.Rule.Code);
        Assert.Equal(CaseStatus.PendingAcceptance, c.Status);
    }

    [Fact]
    public void Nothing_merges_into_a_closed_case()
    {
        var target = Waiting();
        target.AnswerOnSpot("已答复", At, "话务员甲");
        var c = Waiting("QH202611250002");
        var e = Assert.Throws<DomainRuleViolation>(() => c.MergeInto(target, At, "话务员甲"));
        Assert.Equal(IntakeCase.MergeOnlyIntoOpenCase.Code, e.Rule.Code);
        Assert.Contains("QH202611250001", e.Message);
        Assert.Equal(CaseStatus.PendingAcceptance, c.Status);
        Assert.Throws<DomainRuleViolation>(target.RequireOpenForMerge);
    }

    [Fact]
    public void The_lifecycle_follows_the_other_modules_steps()
    {
        var c = Accepted();
        Assert.True(c.RecordDispatch());
        Assert.Equal(CaseStatus.Dispatched, c.Status);
        Assert.True(c.RecordSignedByLead());
        Assert.Equal(CaseStatus.InHandling, c.Status);
        Assert.True(c.RecordDispatch());   // 改派 while handled
        Assert.Equal(CaseStatus.Dispatched, c.Status);
        Assert.True(c.RecordBackInDispatchQueue());
        Assert.Equal(CaseStatus.Accepted, c.Status);
        Assert.True(c.RecordDispatch());
        Assert.True(c.RecordReply());
        Assert.Equal(CaseStatus.Replied, c.Status);
        Assert.True(c.RecordRedo());
        Assert.Equal(CaseStatus.InHandling, c.Status);
        Assert.True(c.RecordReply());
        // The lead's return approved after its reply: a redo finds the case in the queue, and it stays 待派单.
        Assert.True(c.RecordBackInDispatchQueue());
        Assert.True(c.RecordRedo());
        Assert.Equal(CaseStatus.Accepted, c.Status);
        Assert.True(c.RecordDispatch());
        Assert.True(c.RecordReply());
        Assert.True(c.RecordClosed(At));
        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal(At, c.ClosedAtUtc);
    }

    [Fact]
    public void Dispatch_does_not_move_a_case_that_was_not_accepted_or_has_replied()
    {
        var waiting = Waiting();
        Assert.False(waiting.RecordDispatch());
        Assert.Equal(CaseStatus.PendingAcceptance, waiting.Status);
        var replied = Accepted();
        replied.RecordReply();
        Assert.False(replied.RecordDispatch());
        Assert.Equal(CaseStatus.Replied, replied.Status);
    }

    [Fact]
    public void Only_a_dispatched_case_is_signed_for()
    {
        var c = Accepted();
        Assert.False(c.RecordSignedByLead());
        Assert.Equal(CaseStatus.Accepted, c.Status);
    }

    [Fact]
    public void A_late_event_never_reopens_a_closed_case()
    {
        var closed = Accepted();
        closed.RecordReply();
        closed.RecordClosed(At);
        var answered = Waiting();
        answered.AnswerOnSpot("已答复", At, "话务员甲");
        foreach (var c in new[] { closed, answered })
        {
            var status = c.Status;
            Assert.False(c.RecordDispatch());
            Assert.False(c.RecordBackInDispatchQueue());
            Assert.False(c.RecordSignedByLead());
            Assert.False(c.RecordReply());
            Assert.False(c.RecordRedo());
            Assert.False(c.RecordClosed(At.AddDays(1)));
            Assert.Equal(status, c.Status);
            Assert.Equal(At, c.ClosedAtUtc);
        }
    }
}
