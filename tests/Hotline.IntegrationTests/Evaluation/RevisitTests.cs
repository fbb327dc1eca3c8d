using Hotline.Evaluation.CasePanel;
using Hotline.Evaluation.Figures;
using Hotline.Evaluation.Revisits;
using Hotline.Evaluation.Shared;
using Hotline.Evaluation.Supervision;
using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Persistence;
using Hotline.Intake.Contracts;
using Hotline.Platform;
using Hotline.Platform.Cases;
using Hotline.Platform.Time;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Evaluation.EvaluationTestData;
using Hotline.Platform.Rules;

namespace Hotline.IntegrationTests.Evaluation;

/// <summary>Revisits by phone: the queue, closing, the different-days rule, refusals, concurrency and denials.</summary>
public abstract class RevisitTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task A_reply_puts_the_case_in_the_queue_due_two_working_days_later()
    {
        var repliedAt = app.Clock.GetUtcNow().UtcDateTime;
        var c = await RepliedAsync(app, "13500000001");

        var revisit = await LoadAsync(app, c.CaseId);
        Assert.NotNull(revisit);
        Assert.Equal(RevisitState.AwaitingRevisit, revisit.State);
        Assert.Equal("第0轮答复：已督促物业维修电梯", revisit.ReplyText);
        var expectedDue = await app.WithScopeAsync(sp => sp.GetRequiredService<Hotline.Platform.Calendar.IWorkingCalendar>().DueAfterWorkingDaysAsync(repliedAt, 2));
        Assert.Equal(expectedDue.DueUtc, revisit.RevisitDueUtc);
        Assert.True(revisit.RevisitDueUtc > repliedAt.AddDays(1));

        var (rows, total) = await app.AsUserAsync("agent", sp => sp.GetRequiredService<RevisitQueue>().ListAsync(null, c.Number, 0, 20));
        var row = Assert.Single(rows);
        Assert.Equal(1, total);
        Assert.Equal(c.CaseId, row.CaseId);
        Assert.NotEqual(DueLight.Red, row.Due.Light);
    }

    [Fact]
    public async Task A_satisfied_caller_closes_the_case_and_CaseClosed_is_in_the_outbox()
    {
        var c = await RepliedAsync(app, "13500000002");
        var state = await RecordAsync(app, c.CaseId, Rated(Rating.BasicallySatisfied, intake: Rating.VerySatisfied, words: "修好了，谢谢"));

        Assert.Equal(RevisitState.Closed, state);
        var closed = Read<CaseClosed>(Assert.Single(await OutboxAsync<CaseClosed>(app, c.CaseId)));
        Assert.Equal(ClosingOutcome.Satisfied, closed.Outcome);
        Assert.Equal(Rating.BasicallySatisfied, closed.HandlingRating);
        Assert.Equal(Rating.VerySatisfied, closed.IntakeRating);
        Assert.True(closed.Resolved);
        Assert.Equal(c.LeadUnitId, closed.LeadUnitId);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EvaluationDbContext>();
            Assert.True(await db.AuditLog.AnyAsync(a => a.ObjectId == c.Number && a.Action == "回访办结" && a.UserName == "agent"));
            Assert.Contains(await db.Timeline.Where(t => t.CaseId == c.CaseId).Select(t => t.Action).ToListAsync(), a => a == "办结");
        });
    }

    [Fact]
    public async Task Rating_a_closed_case_again_is_refused()
    {
        var c = await RepliedAsync(app, "13500000003");
        await RecordAsync(app, c.CaseId, Rated(Rating.Satisfied));
        var ex = await Assert.ThrowsAsync<DomainRuleViolation>(() => RecordAsync(app, c.CaseId, Rated(Rating.Dissatisfied)));
        Assert.Equal("该工单已办结，不能重复评价。", ex.Message);
        Assert.Single(await OutboxAsync<CaseClosed>(app, c.CaseId));
    }

    [Fact]
    public async Task A_rating_without_a_reach_result_is_refused_and_nothing_is_saved()
    {
        var c = await RepliedAsync(app, "13500000004");
        var ex = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            RecordAsync(app, c.CaseId, new RevisitInput(null, true, Rating.Satisfied, Rating.Satisfied, null)));
        Assert.Contains("请先选择回访结果", ex.Message);
        var notReachedButRated = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            RecordAsync(app, c.CaseId, new RevisitInput(ReachResult.NotReached, null, null, Rating.Satisfied, null)));
        Assert.Contains("不能录入评价", notReachedButRated.Message);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EvaluationDbContext>();
            Assert.False(await db.Attempts.AnyAsync(a => a.CaseId == c.CaseId));
            Assert.Equal(RevisitState.AwaitingRevisit, (await db.Cases.SingleAsync(x => x.CaseId == c.CaseId)).State);
        });
    }

    [Fact]
    public async Task Failed_attempts_close_the_case_as_unreachable_only_on_three_different_days()
    {
        var c = await RepliedAsync(app, "13500000005");
        var notReached = new RevisitInput(ReachResult.NotReached, null, null, null, null);
        Assert.Equal(RevisitState.AwaitingRevisit, await RecordAsync(app, c.CaseId, notReached));
        app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(RevisitState.AwaitingRevisit, await RecordAsync(app, c.CaseId, notReached));
        app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(RevisitState.AwaitingRevisit, await RecordAsync(app, c.CaseId, notReached));   // three calls, one day
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(RevisitState.AwaitingRevisit, await RecordAsync(app, c.CaseId, notReached));   // second day
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(RevisitState.Closed, await RecordAsync(app, c.CaseId, notReached));            // third day

        var closed = Read<CaseClosed>(Assert.Single(await OutboxAsync<CaseClosed>(app, c.CaseId)));
        Assert.Equal(ClosingOutcome.Unreachable, closed.Outcome);
        Assert.Null(closed.HandlingRating);
        var closing = await app.WithScopeAsync(sp => sp.GetRequiredService<EvaluationDbContext>().Timeline
            .SingleAsync(t => t.CaseId == c.CaseId && t.Action == "办结"));
        Assert.Contains("无法回访", closing.Detail);
        Assert.Equal(5, closing.Detail!.Split('、').Length);   // every attempt listed
    }

    [Fact]
    public async Task A_caller_refusing_to_rate_closes_the_case()
    {
        var c = await RepliedAsync(app, "13500000006");
        Assert.Equal(RevisitState.Closed, await RecordAsync(app, c.CaseId, new RevisitInput(ReachResult.RefusedToRate, null, null, null, "不想评价")));
        Assert.Equal(ClosingOutcome.RatingRefused, (await LoadAsync(app, c.CaseId))!.Outcome);
    }

    [Fact]
    public async Task A_caller_who_asked_the_unit_for_no_callback_is_still_rated_the_queue_marking_it_for_the_online_link()
    {
        var c = await RegisterAsync(app, "13500000007");
        await ReplyAsync(app, c, declinedCallback: true);
        var revisit = await LoadAsync(app, c.CaseId);
        Assert.Equal(RevisitState.AwaitingRevisit, revisit!.State);
        Assert.Empty(await OutboxAsync<CaseClosed>(app, c.CaseId));
        var (rows, _) = await app.AsUserAsync("agent", sp => sp.GetRequiredService<RevisitQueue>().ListAsync(null, c.Number, 0, 20));
        Assert.True(Assert.Single(rows).CallerDeclinedCallback);

        Assert.Equal(RevisitState.Closed, await RecordAsync(app, c.CaseId, Rated(Rating.Satisfied)));
        Assert.Equal(ClosingOutcome.Satisfied, Read<CaseClosed>(Assert.Single(await OutboxAsync<CaseClosed>(app, c.CaseId))).Outcome);
    }

    [Fact]
    public async Task A_case_answered_at_intake_is_revisited_for_the_intake_stage_only()
    {
        var c = await RegisterAsync(app, "13500000008");
        await app.PublishAsync(new CaseClosedAtIntake(c.CaseId, c.Number, CaseStatus.AnsweredAtIntake, "已按知识库答复办理流程", EligibleForIntakeRating: true));
        var notEligible = await RegisterAsync(app, "13500000009");
        await app.PublishAsync(new CaseClosedAtIntake(notEligible.CaseId, notEligible.Number, CaseStatus.EmergencyTransferred, "119 火警", EligibleForIntakeRating: false));
        var refused = await RegisterAsync(app, "13500000019");
        await app.PublishAsync(new CaseClosedAtIntake(refused.CaseId, refused.Number, CaseStatus.NotAccepted, "不予受理：已进入信访程序。告知：请向县信访局了解进度", EligibleForIntakeRating: true));
        await app.DeliverEventsAsync();

        Assert.Null(await LoadAsync(app, notEligible.CaseId));
        // A refusal is rated for the intake stage too, and reads as the refusal it was, not as an answer.
        Assert.Equal("不予受理：已进入信访程序。告知：请向县信访局了解进度", (await LoadAsync(app, refused.CaseId))!.ReplyText);
        await app.WithScopeAsync(async sp => Assert.Equal(["不予受理待回访"],
            await sp.GetRequiredService<EvaluationDbContext>().Timeline.Where(t => t.CaseId == refused.CaseId).Select(t => t.Action).ToListAsync()));
        Assert.True((await LoadAsync(app, c.CaseId))!.IntakeOnly);
        var handlingRated = await Assert.ThrowsAsync<BusinessRuleException>(() => RecordAsync(app, c.CaseId, Rated(Rating.Satisfied)));
        Assert.Contains("只评价受理环节", handlingRated.Message);
        Assert.Equal(RevisitState.Closed, await RecordAsync(app, c.CaseId, new RevisitInput(ReachResult.Reached, null, Rating.Satisfied, null, null)));
        var closed = Read<CaseClosed>(Assert.Single(await OutboxAsync<CaseClosed>(app, c.CaseId)));
        Assert.Equal(ClosingOutcome.AnsweredAtIntake, closed.Outcome);
        Assert.Equal(Rating.Satisfied, closed.IntakeRating);
        Assert.Null(closed.HandlingRating);
    }

    [Fact]
    public async Task Of_two_agents_revisiting_at_once_one_wins_and_the_other_gets_a_clear_message()
    {
        var c = await RepliedAsync(app, "13500000010");
        var version = (await LoadAsync(app, c.CaseId))!.Version;
        var attempts = await Task.WhenAll(
            Try(() => app.AsUserAsync("agent", sp => sp.GetRequiredService<RevisitWorkbench>().RecordAsync(c.CaseId, version, Rated(Rating.Satisfied)))),
            Try(() => app.AsUserAsync("supervisor", sp => sp.GetRequiredService<RevisitWorkbench>().RecordAsync(c.CaseId, version, Rated(Rating.Dissatisfied, resolved: false)))));
        Assert.Single(attempts, a => a is null);
        Assert.Equal(RevisitWorkbench.Conflict, Assert.Single(attempts, a => a is not null));
        await app.WithScopeAsync(async sp =>
            Assert.Equal(1, await sp.GetRequiredService<EvaluationDbContext>().Attempts.CountAsync(a => a.CaseId == c.CaseId)));

        // A stale page afterwards gets the same message.
        var stale = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("agent", sp => sp.GetRequiredService<RevisitWorkbench>().RecordAsync(c.CaseId, version, Rated(Rating.Satisfied))));
        Assert.Equal(RevisitWorkbench.Conflict, stale.Message);
    }

    private static async Task<string?> Try(Func<Task> work)
    {
        try { await work(); return null; }
        catch (BusinessRuleException ex) { return ex.Message; }
    }

    [Fact]
    public async Task A_member_unit_cannot_revisit_and_an_agent_cannot_decide_for_a_supervisor()
    {
        var c = await RepliedAsync(app, "13500000011");
        var version = (await LoadAsync(app, c.CaseId))!.Version;
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("zjj", sp => sp.GetRequiredService<RevisitWorkbench>().RecordAsync(c.CaseId, version, Rated(Rating.Satisfied))));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("zjj", sp => sp.GetRequiredService<RevisitWorkbench>().GetAsync(c.CaseId)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<RevisitQueue>().ListAsync(null, null, 0, 20)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("agent", sp => sp.GetRequiredService<SupervisorDecisions>().DecideAsync(c.CaseId, version, redo: false, "办结")));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("agent", sp => sp.GetRequiredService<SupervisorDecisions>().ListAsync(0, 20)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("zjj", sp => sp.GetRequiredService<FiguresReport>().MonthAsync(2026, 11)));
        Assert.Equal(RevisitState.AwaitingRevisit, (await LoadAsync(app, c.CaseId))!.State);
    }

    [Fact]
    public async Task A_member_unit_never_reads_the_callers_words_of_a_confidential_case_on_the_timeline()
    {
        var c = await RepliedAsync(app, "13500000012", confidential: true);
        await RecordAsync(app, c.CaseId, Rated(Rating.Satisfied, words: "张三说物业经理态度很差"));
        var unitId = c.LeadUnitId;
        var source = () => app.WithScopeAsync(sp => sp.GetServices<ICaseTimelineSource>().OfType<EvaluationTimelineSource>().Single()
            .StepsAsync(c.CaseId, new CaseViewer(false, unitId)));
        var unitSteps = await source();
        var centerSteps = await app.WithScopeAsync(sp => sp.GetServices<ICaseTimelineSource>().OfType<EvaluationTimelineSource>().Single()
            .StepsAsync(c.CaseId, CaseViewer.Center));
        Assert.Contains(centerSteps, s => s.Detail?.Contains("物业经理态度很差") == true);
        Assert.DoesNotContain(unitSteps, s => s.Detail?.Contains("物业经理态度很差") == true);
        Assert.Contains(unitSteps, s => s.Detail?.Contains("办理环节：满意") == true);
        Assert.All(unitSteps, s => Assert.Equal("回访", s.Stage));
    }
}

public sealed class SqliteRevisitTests(SqliteApp app) : RevisitTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbRevisitTests(MariaDbApp app) : RevisitTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
