using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Handling.Contracts;
using Hotline.Platform.Rules;

namespace Hotline.UnitTests.Evaluation;

/// <summary>Every step of 好差评 on the case, and the rules that refuse a step out of turn, without a database.</summary>
public sealed class RevisitCaseTests
{
    private static readonly DateTime At = new(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly Guid Assignment = Guid.NewGuid();

    private static RevisitCase Replied(int round = 0)
    {
        var c = RevisitCase.FirstReplied(Guid.NewGuid(), "QH202611250001", null, round);
        c.ReceiveReply(round, Unit, Assignment, ReplyResult.Resolved, "已处理", false, At, At.AddDays(2));
        return c;
    }

    private static RevisitCase RatedDissatisfied()
    {
        var c = Replied();
        c.Rate(Rating.Satisfied, Rating.Dissatisfied, false, At);
        c.AwaitFollowUp();
        return c;
    }

    [Fact]
    public void A_reply_puts_the_case_in_the_revisit_queue_of_its_round()
    {
        var c = Replied();
        Assert.Equal(RevisitState.AwaitingRevisit, c.State);
        Assert.Equal(0, c.Round);
        Assert.False(c.IntakeOnly);
        Assert.Equal(Unit, c.LeadUnitId);
        Assert.Equal(Assignment, c.LeadAssignmentId);
        Assert.Equal(At.AddDays(2), c.RevisitDueUtc);
        Assert.Null(c.RevisitProblem());
    }

    [Fact]
    public void A_long_reply_text_is_clipped_to_its_column()
    {
        var c = RevisitCase.FirstReplied(Guid.NewGuid(), "QH202611250001", null, 0);
        c.ReceiveReply(0, Unit, Assignment, ReplyResult.Resolved, new string('字', 5000), false, At, At);
        Assert.Equal(4000, c.ReplyText!.Length);
    }

    [Fact]
    public void A_case_answered_at_intake_is_rated_for_intake_only()
    {
        var c = RevisitCase.AnsweredAtIntake(Guid.NewGuid(), "QH202611250001", null, "当场答复", At, At.AddDays(2));
        Assert.True(c.IntakeOnly);
        Assert.Equal(RevisitState.AwaitingRevisit, c.State);
        c.Rate(Rating.Satisfied, Rating.VeryDissatisfied, false, At);
        Assert.Equal(Rating.Satisfied, c.IntakeRating);
        Assert.Null(c.HandlingRating);
        Assert.Null(c.Resolved);
        Assert.False(c.RatedDissatisfied);
    }

    [Fact]
    public void A_satisfied_rating_closes_the_case_with_its_outcome()
    {
        var c = Replied();
        c.Rate(Rating.Satisfied, Rating.VerySatisfied, true, At);
        Assert.False(c.RatedDissatisfied);
        Assert.Throws<DomainRuleViolation>(c.AwaitFollowUp);
        c.Close(ClosingOutcome.Satisfied, At.AddMinutes(1));
        Assert.Equal(RevisitState.Closed, c.State);
        Assert.Equal(ClosingOutcome.Satisfied, c.Outcome);
        Assert.Equal(At.AddMinutes(1), c.ClosedAtUtc);
        Assert.Equal(At, c.RatedAtUtc);
    }

    [Fact]
    public void A_dissatisfied_rating_asks_for_a_follow_up()
    {
        var c = RatedDissatisfied();
        Assert.Equal(RevisitState.FollowUp, c.State);
        c.RequireFollowUpPending();
        var e = Assert.Throws<DomainRuleViolation>(c.RequireAwaitingRevisit);
        Assert.Equal(RevisitCase.RevisitOnlyWhenAwaiting.Code, e.Rule.Code);
        Assert.Equal("该工单已评价为不满意，请填写不满意回访，不能重复评价。", e.Message);
    }

    [Theory]
    [InlineData((int)RevisitState.Closed, "该工单已办结，不能重复评价。")]
    [InlineData((int)RevisitState.AwaitingRedo, "该工单已发回重办，待承办单位重新答复后再回访。")]
    [InlineData((int)RevisitState.AwaitingSupervisor, "该工单正等待督办员决定，不能录入回访。")]
    public void No_rating_is_taken_out_of_turn(int state, string message)
    {
        var c = In((RevisitState)state);
        var e = Assert.Throws<DomainRuleViolation>(() => c.Rate(Rating.Satisfied, Rating.Satisfied, true, At.AddDays(1)));
        Assert.Equal(message, e.Message);
        Assert.Equal("002 第十四条", e.Rule.Source);
        Assert.NotEqual(At.AddDays(1), c.RatedAtUtc);
    }

    [Fact]
    public void The_follow_up_is_refused_when_none_is_pending()
    {
        var e = Assert.Throws<DomainRuleViolation>(Replied().RequireFollowUpPending);
        Assert.Equal(RevisitCase.FollowUpOnlyAfterDissatisfiedRating.Code, e.Rule.Code);
        Assert.Equal("002 第十七条", e.Rule.Source);
        Assert.Equal("该工单已办结。", Assert.Throws<DomainRuleViolation>(In(RevisitState.Closed).RequireFollowUpPending).Message);
    }

    [Fact]
    public void Redo_goes_back_to_the_leads_assignment_and_the_next_reply_opens_the_next_round()
    {
        var c = RatedDissatisfied();
        Assert.Equal(Assignment, c.SendBackForRedo());
        Assert.Equal(RevisitState.AwaitingRedo, c.State);
        Assert.False(c.TakesReplyOf(0));   // a late reply of the round already revisited
        Assert.True(c.TakesReplyOf(1));
        c.ReceiveReply(1, Unit, Assignment, ReplyResult.Resolved, "重办完毕", false, At.AddDays(3), At.AddDays(5));
        Assert.Equal(RevisitState.AwaitingRevisit, c.State);
        Assert.Equal(1, c.Round);
        // The first rating stays counted until the second replaces it (002 第十八条).
        Assert.Equal(Rating.Dissatisfied, c.HandlingRating);
        c.Rate(Rating.Satisfied, Rating.Satisfied, true, At.AddDays(4));
        Assert.Equal(Rating.Satisfied, c.HandlingRating);
        Assert.Equal(At.AddDays(4), c.RatedAtUtc);
    }

    [Fact]
    public void Redo_needs_a_reply_of_the_lead()
    {
        var c = RevisitCase.AnsweredAtIntake(Guid.NewGuid(), "QH202611250001", null, null, At, At);
        c.Rate(Rating.Dissatisfied, null, null, At);
        var e = Assert.Throws<DomainRuleViolation>(() => c.SendBackForRedo());
        Assert.Equal(RevisitCase.RedoNeedsTheLeadsReply.Code, e.Rule.Code);
        Assert.Equal(RevisitState.AwaitingRevisit, c.State);
    }

    [Fact]
    public void Redo_is_refused_while_the_case_waits_for_its_revisit()
    {
        var c = Replied();
        Assert.Throws<DomainRuleViolation>(() => c.SendBackForRedo());
        Assert.Equal(RevisitState.AwaitingRevisit, c.State);
    }

    [Fact]
    public void A_referred_case_waits_for_the_supervisor_who_may_send_it_back()
    {
        var c = RatedDissatisfied();
        c.ReferToSupervisor();
        Assert.Equal(RevisitState.AwaitingSupervisor, c.State);
        c.RequireAwaitingSupervisor();
        Assert.Equal(Assignment, c.SendBackForRedo());
        Assert.Equal(RevisitState.AwaitingRedo, c.State);
    }

    [Fact]
    public void Only_a_follow_up_is_referred_and_only_a_referred_case_is_decided()
    {
        var c = Replied();
        Assert.Throws<DomainRuleViolation>(c.ReferToSupervisor);
        var e = Assert.Throws<DomainRuleViolation>(c.RequireAwaitingSupervisor);
        Assert.Equal(RevisitCase.SupervisorDecidesOnlyReferredCases.Code, e.Rule.Code);
        Assert.Contains("无需督办员决定", e.Message);
    }

    [Fact]
    public void A_closed_case_stays_closed()
    {
        var c = In(RevisitState.Closed);
        var e = Assert.Throws<DomainRuleViolation>(() => c.Close(ClosingOutcome.Unreachable, At.AddDays(9)));
        Assert.Equal(RevisitCase.ClosedOnce.Code, e.Rule.Code);
        Assert.Equal(ClosingOutcome.Satisfied, c.Outcome);
        Assert.False(c.TakesReplyOf(1));
        Assert.Throws<DomainRuleViolation>(() =>
            c.ReceiveReply(1, Unit, Assignment, ReplyResult.Resolved, null, false, At, At));
        Assert.Equal(RevisitState.Closed, c.State);
    }

    [Fact]
    public void A_repeated_reply_of_the_round_being_revisited_is_taken_again()
    {
        // The same round while still awaiting its revisit: the newer reply replaces the older (and its due date).
        var c = Replied();
        Assert.True(c.TakesReplyOf(0));
        Assert.False(c.TakesReplyOf(-1));
    }

    private static RevisitCase In(RevisitState state)
    {
        switch (state)
        {
            case RevisitState.Closed:
                var closed = Replied();
                closed.Rate(Rating.Satisfied, Rating.Satisfied, true, At);
                closed.Close(ClosingOutcome.Satisfied, At);
                return closed;
            case RevisitState.AwaitingRedo:
                var redo = RatedDissatisfied();
                redo.SendBackForRedo();
                return redo;
            case RevisitState.AwaitingSupervisor:
                var referred = RatedDissatisfied();
                referred.ReferToSupervisor();
                return referred;
            default:
                throw new ArgumentOutOfRangeException(nameof(state));
        }
    }
}
