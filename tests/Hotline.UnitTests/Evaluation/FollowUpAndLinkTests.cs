using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Platform;
using Hotline.Platform.Rules;

namespace Hotline.UnitTests.Evaluation;

public sealed class FollowUpAndLinkTests
{
    private static readonly DateTime At = new(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(true, "  ", "请填写重办要求。")]
    [InlineData(false, null, "请填写办结理由。")]
    public void The_supervisor_must_give_reasons(bool redo, string? note, string message)
    {
        var f = new DissatisfactionFollowUp();
        var e = Assert.Throws<BusinessRuleException>(() => f.DecideBySupervisor(redo, note, At, "督办员"));
        Assert.Equal(message, e.Message);
        Assert.Null(f.SupervisorDecision);
    }

    [Fact]
    public void A_note_longer_than_its_limit_is_refused()
    {
        var f = new DissatisfactionFollowUp();
        var e = Assert.Throws<BusinessRuleException>(() => f.DecideBySupervisor(true, new string('意', DissatisfactionFollowUp.NoteMaxLength + 1), At, "督办员"));
        Assert.Equal("重办要求不能超过 2000 个字。", e.Message);
        Assert.Null(f.SupervisorDecision);
    }

    [Fact]
    public void The_supervisor_decides_once()
    {
        var f = new DissatisfactionFollowUp();
        Assert.Equal("请再次核实", f.DecideBySupervisor(true, " 请再次核实 ", At, "督办员"));
        Assert.Equal(FollowUpDecision.Redo, f.SupervisorDecision);
        Assert.Equal("督办员", f.SupervisorDecidedBy);
        Assert.Equal(At, f.SupervisorDecidedAtUtc);
        var e = Assert.Throws<DomainRuleViolation>(() => f.DecideBySupervisor(false, "办结", At.AddHours(1), "另一督办员"));
        Assert.Equal(DissatisfactionFollowUp.SupervisorDecidesOnce.Code, e.Rule.Code);
        Assert.Equal(FollowUpDecision.Redo, f.SupervisorDecision);
        Assert.Equal("请再次核实", f.SupervisorNote);
    }

    [Fact]
    public void A_rating_link_is_usable_until_it_expires()
    {
        var link = RatingLink.Issue(Guid.NewGuid(), 1, "hash", At, 72, "回访员");
        Assert.Equal(At.AddHours(72), link.ExpiresAtUtc);
        Assert.Equal(1, link.Round);
        Assert.True(link.IsUsable(At.AddHours(71)));
        Assert.False(link.IsUsable(At.AddHours(72)));
    }

    [Fact]
    public void A_newer_link_withdraws_the_earlier_one_but_leaves_an_expired_one_as_it_was()
    {
        var link = RatingLink.Issue(Guid.NewGuid(), 0, "hash", At, 72, "回访员");
        link.Withdraw(At.AddHours(1));
        Assert.False(link.IsUsable(At.AddHours(1)));
        Assert.Equal(At.AddHours(1), link.ExpiresAtUtc);
        link.Withdraw(At.AddHours(2));
        Assert.Equal(At.AddHours(1), link.ExpiresAtUtc);
    }

    [Fact]
    public void An_attempt_on_a_case_answered_at_intake_keeps_no_handling_rating()
    {
        var c = RevisitCase.AnsweredAtIntake(Guid.NewGuid(), "QH202611250001", null, null, At, At);
        var a = RevisitAttempt.On(c, RevisitChannel.Phone, ReachResult.Reached, true, Rating.Satisfied, Rating.Dissatisfied, "很好", At, "回访员");
        Assert.Equal(Rating.Satisfied, a.IntakeRating);
        Assert.Null(a.HandlingRating);
        Assert.Null(a.Resolved);
        Assert.Equal(c.CaseId, a.CaseId);
        Assert.Equal(c.Round, a.Round);
    }
}
