using Hotline.Evaluation.Figures;
using Hotline.Evaluation.Revisits;
using Hotline.Evaluation.Supervision;
using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Persistence;
using Hotline.Platform;
using Hotline.Platform.Time;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Evaluation.EvaluationTestData;
using Hotline.Platform.Rules;

namespace Hotline.IntegrationTests.Evaluation;

/// <summary>Dissatisfaction, 发回重办, the second revisit replacing the first rating, and the supervisor's decisions.</summary>
public abstract class RedoLoopTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    /// <summary>The figures of a unit that has only the one case.</summary>
    private async Task<UnitEvaluationFigures> FiguresOfAsync(Guid unitId) =>
        Assert.Single(await app.WithScopeAsync(sp => sp.GetRequiredService<IEvaluationFigures>()
            .PerUnitAsync(app.Clock.GetUtcNow().UtcDateTime.AddYears(-1), app.Clock.GetUtcNow().UtcDateTime.AddYears(1))), f => f.UnitId == unitId);

    [Fact]
    public async Task Dissatisfied_with_a_handling_problem_is_redone_and_the_second_rating_replaces_the_first()
    {
        // Replied as a unit of its own, so the unit's figures are this case's.
        var c = await RegisterAsync(app, "13400000001") with { LeadUnitId = Guid.NewGuid() };
        await ReplyAsync(app, c);
        Assert.Equal(RevisitState.FollowUp, await RecordAsync(app, c.CaseId, Rated(Rating.Dissatisfied, resolved: false, words: "电梯还是坏的")));
        var firstCounted = await FiguresOfAsync(c.LeadUnitId);
        Assert.Equal((1, 1, 0, 0, 0), (firstCounted.Revisited, firstCounted.Dissatisfied, firstCounted.Resolved, firstCounted.Redone, firstCounted.SecondRatings));

        Assert.Equal(RevisitState.AwaitingRedo, await FollowUpAsync(app, c.CaseId, DissatisfactionCause.HandlingProblem));
        var redo = Read<RedoRequested>(Assert.Single(await OutboxAsync<RedoRequested>(app, c.CaseId)));
        Assert.Equal(1, redo.Round);
        Assert.Equal(c.AssignmentId, redo.LeadAssignmentId);
        Assert.Contains("请现场核实电梯维修情况", redo.Reason);
        Assert.Empty(await OutboxAsync<CaseClosed>(app, c.CaseId));

        app.Clock.Advance(TimeSpan.FromDays(3));
        await ReplyAsync(app, c, round: 1);
        var second = await LoadAsync(app, c.CaseId);
        Assert.Equal((RevisitState.AwaitingRevisit, 1), (second!.State, second.Round));
        Assert.Equal("第1轮答复：已督促物业维修电梯", second.ReplyText);

        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(RevisitState.Closed, await RecordAsync(app, c.CaseId, Rated(Rating.Satisfied)));
        var closed = Read<CaseClosed>(Assert.Single(await OutboxAsync<CaseClosed>(app, c.CaseId)));
        Assert.Equal((ClosingOutcome.Satisfied, Rating.Satisfied, true), (closed.Outcome, closed.HandlingRating, closed.Resolved));

        // Every statistic now sees the second rating only; both stay on the flow sheet.
        var counted = await FiguresOfAsync(c.LeadUnitId);
        Assert.Equal((1, 1, 0, 1, 1, 1), (counted.Revisited, counted.Satisfied, counted.Dissatisfied, counted.Resolved, counted.Redone, counted.SecondRatings));
        var ratings = await app.WithScopeAsync(sp => sp.GetRequiredService<EvaluationDbContext>().Timeline
            .Where(t => t.CaseId == c.CaseId && t.Action.EndsWith("评价")).OrderBy(t => t.AtUtc).Select(t => t.Detail).ToListAsync());
        Assert.Equal(2, ratings.Count);
        Assert.Contains("办理环节：不满意", ratings[0]);
        Assert.Contains("办理环节：满意", ratings[1]);
    }

    [Fact]
    public async Task Dissatisfaction_beyond_the_redo_limit_goes_to_a_supervisor_who_closes_it()
    {
        var c = await RepliedAsync(app, "13400000002");
        await RecordAsync(app, c.CaseId, Rated(Rating.VeryDissatisfied, resolved: false));
        await FollowUpAsync(app, c.CaseId, DissatisfactionCause.Other);
        await ReplyAsync(app, c, round: 1);
        await RecordAsync(app, c.CaseId, Rated(Rating.Dissatisfied, resolved: false));
        Assert.Equal(RevisitState.AwaitingSupervisor, await FollowUpAsync(app, c.CaseId, DissatisfactionCause.HandlingProblem));
        Assert.Single(await OutboxAsync<RedoRequested>(app, c.CaseId));   // no second automatic redo

        var (rows, _) = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SupervisorDecisions>().ListAsync(0, 100));
        var row = Assert.Single(rows, r => r.CaseId == c.CaseId);
        Assert.Equal(DissatisfactionCause.HandlingProblem, row.Cause);
        var empty = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SupervisorDecisions>().DecideAsync(c.CaseId, row.Version, redo: false, " ")));
        Assert.Equal("请填写办结理由。", empty.Message);
        Assert.Equal(RevisitState.Closed, await app.AsUserAsync("supervisor", sp =>
            sp.GetRequiredService<SupervisorDecisions>().DecideAsync(c.CaseId, row.Version, redo: false, "已两次重办，诉求超出政策范围，予以办结")));
        var closed = Read<CaseClosed>(Assert.Single(await OutboxAsync<CaseClosed>(app, c.CaseId)));
        Assert.Equal(ClosingOutcome.SupervisorDecided, closed.Outcome);
        Assert.Equal(Rating.Dissatisfied, closed.HandlingRating);
        var followUp = await app.WithScopeAsync(sp => sp.GetRequiredService<EvaluationDbContext>().FollowUps.SingleAsync(f => f.CaseId == c.CaseId && f.Round == 1));
        Assert.Equal((FollowUpDecision.ToSupervisor, FollowUpDecision.Closed, "supervisor"), (followUp.Decision, followUp.SupervisorDecision, followUp.SupervisorDecidedBy));
    }

    [Fact]
    public async Task A_supervisor_may_order_another_redo()
    {
        var c = await RepliedAsync(app, "13400000003", categoryName: "物业纠纷调解");
        await RecordAsync(app, c.CaseId, Rated(Rating.Dissatisfied, resolved: false));
        Assert.Equal(RevisitState.AwaitingSupervisor, await FollowUpAsync(app, c.CaseId, DissatisfactionCause.HandlingProblem, instructions: null));
        var version = (await LoadAsync(app, c.CaseId))!.Version;
        Assert.Equal(RevisitState.AwaitingRedo, await app.AsUserAsync("supervisor", sp =>
            sp.GetRequiredService<SupervisorDecisions>().DecideAsync(c.CaseId, version, redo: true, "请依法再次组织调解")));
        var redo = Read<RedoRequested>(Assert.Single(await OutboxAsync<RedoRequested>(app, c.CaseId)));
        Assert.Equal(1, redo.Round);
        Assert.Contains("请依法再次组织调解", redo.Reason);
    }

    [Fact]
    public async Task A_mediation_case_is_never_redone_automatically()
    {
        var c = await RepliedAsync(app, "13400000004", categoryName: "物业纠纷调解");
        var view = await app.AsUserAsync("agent", sp => sp.GetRequiredService<RevisitWorkbench>().GetAsync(c.CaseId));
        Assert.True(view!.MediationOrEnforcement);
        await RecordAsync(app, c.CaseId, Rated(Rating.Dissatisfied, resolved: false));
        Assert.Equal(RevisitState.AwaitingSupervisor, await FollowUpAsync(app, c.CaseId, DissatisfactionCause.HandlingProblem));
        Assert.Empty(await OutboxAsync<RedoRequested>(app, c.CaseId));
        Assert.Empty(await OutboxAsync<CaseClosed>(app, c.CaseId));
    }

    [Theory]
    [InlineData("PolicyLimit")]
    [InlineData("ObjectiveLimit")]
    public async Task A_policy_or_objective_cause_closes_the_case_with_that_classification(string causeName)
    {
        var cause = Enum.Parse<DissatisfactionCause>(causeName);
        var c = await RepliedAsync(app, cause == DissatisfactionCause.PolicyLimit ? "13400000005" : "13400000006");
        await RecordAsync(app, c.CaseId, Rated(Rating.Dissatisfied, resolved: false));
        Assert.Equal(RevisitState.Closed, await FollowUpAsync(app, c.CaseId, cause, why: "诉求人要求的补偿标准超出政策规定", instructions: null));
        var closed = Read<CaseClosed>(Assert.Single(await OutboxAsync<CaseClosed>(app, c.CaseId)));
        Assert.Equal(cause == DissatisfactionCause.PolicyLimit ? ClosingOutcome.PolicyLimit : ClosingOutcome.ObjectiveLimit, closed.Outcome);
        Assert.Empty(await OutboxAsync<RedoRequested>(app, c.CaseId));
    }

    [Fact]
    public async Task A_redo_needs_instructions_and_a_second_follow_up_of_the_round_is_refused()
    {
        var c = await RepliedAsync(app, "13400000007");
        await RecordAsync(app, c.CaseId, Rated(Rating.Dissatisfied, resolved: false));
        var noInstructions = await Assert.ThrowsAsync<BusinessRuleException>(() => FollowUpAsync(app, c.CaseId, DissatisfactionCause.HandlingProblem, instructions: " "));
        Assert.Equal("发回重办须填写重办要求。", noInstructions.Message);
        Assert.Empty(await OutboxAsync<RedoRequested>(app, c.CaseId));
        await FollowUpAsync(app, c.CaseId, DissatisfactionCause.HandlingProblem);
        var again = await Assert.ThrowsAsync<DomainRuleViolation>(() => FollowUpAsync(app, c.CaseId, DissatisfactionCause.Other));
        Assert.Contains("无需不满意回访", again.Message);
        Assert.Single(await OutboxAsync<RedoRequested>(app, c.CaseId));
    }
}

public sealed class SqliteRedoLoopTests(SqliteApp app) : RedoLoopTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbRedoLoopTests(MariaDbApp app) : RedoLoopTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
