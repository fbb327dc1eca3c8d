using Hotline.Dispatch.Dispatching;
using Hotline.Dispatch.Queue;
using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Handling.Contracts;
using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
using Hotline.Platform.Calendar;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Dispatch.Returns.ReturnTestData;
using Ev = Hotline.IntegrationTests.Evaluation.EvaluationTestData;

namespace Hotline.IntegrationTests.Handling.Outcomes;

/// <summary>
/// 重办 when the lead unit's assignment has ended, through the real services (Intake registers, Dispatch dispatches,
/// reassigns and approves returns, Handling replies, Evaluation revisits and sends the case back). The lead's assignment
/// ends only in Dispatch: 改派 (any time the case is with units, also after the reply and during a redo) and an approved
/// 退单 of the lead (a reply may come before the approval). A sub-unit's 收回 never ends the lead's assignment, and a case
/// is closed only by Evaluation, never while it waits for a redo. Whatever the path, the redo lands with the unit leading
/// the case, or waits in the dispatch queue as 重办待派 for the next lead; it is never dropped.
/// </summary>
public abstract class RedoAfterEndedLeadTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private const string Instructions = "请现场核实电梯维修情况并书面答复";

    /// <summary>The redo's reason as Evaluation words the agent's instructions.</summary>
    private const string RedoReason = "重办要求：" + Instructions;

    /// <summary>A complaint dispatched for real to 住建局 (and co-units), the lead's assignment in Handling.</summary>
    private async Task<(Guid CaseId, Guid LeadId)> DispatchedToZjjAsync(params string[] coCodes)
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ", coCodes);
        await app.DeliverEventsAsync();
        return (caseId, (await ActiveAssignmentAsync(app, caseId, "ZJJ")).Id);
    }

    /// <summary>The unit signs for (the redo too), contacts the caller and replies; Evaluation hears of it.</summary>
    private async Task ReplyAsync(string user, Guid assignmentId)
    {
        await OutcomeTestData.SignAsync(app, user, assignmentId);
        await OutcomeTestData.ContactAsync(app, user, assignmentId);
        Assert.True(await OutcomeTestData.SubmitReplyAsync(app, user, assignmentId));
        await app.DeliverEventsAsync();
    }

    /// <summary>The agent's revisit: dissatisfied for a handling problem, so the case is sent back for redo.</summary>
    private async Task<DateTime> SendBackForRedoAsync(Guid caseId)
    {
        app.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(RevisitState.FollowUp, await Ev.RecordAsync(app, caseId, Ev.Rated(Rating.Dissatisfied, resolved: false)));
        Assert.Equal(RevisitState.AwaitingRedo, await Ev.FollowUpAsync(app, caseId, DissatisfactionCause.HandlingProblem, instructions: Instructions));
        var at = app.Clock.GetUtcNow().UtcDateTime;
        await app.DeliverEventsAsync();
        return at;
    }

    private async Task ReassignAsync(Guid caseId, string leadCode, params string[] coCodes)
    {
        app.Clock.Advance(TimeSpan.FromHours(1));
        await DispatchAsync(app, caseId, leadCode, coCodes, reason: "经核实电梯安全属市场监管职责");
        await app.DeliverEventsAsync();
    }

    /// <summary>The redo's deadline by the existing rule: the assignment's own limit in working days from the redo.</summary>
    private async Task<DateTime> RedoDueAsync(DateTime fromUtc, HandlingAssignment a) =>
        (await app.Service<IWorkingCalendar>().DueAfterWorkingDaysAsync(fromUtc, a.CompletionWorkingDays)).DueUtc;

    private Task<List<RedoOrder>> OrdersAsync(Guid caseId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().RedoOrders.AsNoTracking().Where(o => o.CaseId == caseId).ToListAsync());

    private Task<List<HandlingTimelineEntry>> StepsAsync(Guid assignmentId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().Timeline.AsNoTracking()
            .Where(t => t.AssignmentId == assignmentId).OrderBy(t => t.AtUtc).ToListAsync());

    /// <summary>The new lead's redo reply reaches Evaluation as the next round: the second revisit is due.</summary>
    private async Task AssertSecondRevisitDueAsync(Guid caseId, string user, Guid assignmentId, string unitCode)
    {
        await ReplyAsync(user, assignmentId);
        Assert.Equal([0, 1], (await OutcomeTestData.EventsAsync<CaseReplied>(app, caseId)).Select(e => e.Round).Order());
        var revisit = (await Ev.LoadAsync(app, caseId))!;
        Assert.Equal((RevisitState.AwaitingRevisit, 1, await UnitAsync(app, unitCode)), (revisit.State, revisit.Round, revisit.LeadUnitId!.Value));
    }

    [Fact]
    public async Task A_redo_after_the_lead_was_reassigned_goes_to_the_unit_now_leading_the_case()
    {
        var (caseId, zjjId) = await DispatchedToZjjAsync();
        await ReplyAsync("zjj", zjjId);
        await ReassignAsync(caseId, "SCJGJ");
        var at = await SendBackForRedoAsync(caseId);

        Assert.Equal(HandlingStatus.Ended, (await HandlingTestData.AssignmentAsync(app, zjjId)).Status);
        var scjgjId = (await ActiveAssignmentAsync(app, caseId, "SCJGJ")).Id;
        var redone = await HandlingTestData.AssignmentAsync(app, scjgjId);
        // It has not signed for the case yet: its first sign-for is still measured against the dispatch.
        Assert.Equal((HandlingStatus.AwaitingSignFor, 1, RedoReason, await RedoDueAsync(at, redone)),
            (redone.Status, redone.RedoRound, redone.RedoReason, redone.CompletionDueUtc));
        var order = Assert.Single(await OrdersAsync(caseId));
        Assert.Equal((RedoOrderStatus.Landed, scjgjId), (order.Status, order.AssignmentId!.Value));
        var step = Assert.Single(await StepsAsync(scjgjId), t => t.Action == "重办下达");
        Assert.Contains("原主办单位办理终止（改派），重办交由现主办单位办理", step.Detail);
        var started = Assert.Single(await OutcomeTestData.EventsAsync<RedoStarted>(app, scjgjId));
        Assert.Equal((1, redone.CompletionDueUtc), (started.Round, started.CompletionDueUtc));

        await AssertSecondRevisitDueAsync(caseId, "scjgj", scjgjId, "SCJGJ");
        Assert.NotNull((await HandlingTestData.AssignmentAsync(app, scjgjId)).SignedAtUtc);
    }

    [Fact]
    public async Task A_redo_after_a_reassignment_that_kept_the_lead_unit_goes_to_its_new_assignment()
    {
        var (caseId, zjjId) = await DispatchedToZjjAsync("SCJGJ");
        await ReplyAsync("zjj", zjjId);
        await ReassignAsync(caseId, "ZJJ");   // the co-unit dropped: every assignment ends, 住建局 leads again
        await SendBackForRedoAsync(caseId);

        var newId = (await ActiveAssignmentAsync(app, caseId, "ZJJ")).Id;
        Assert.NotEqual(zjjId, newId);
        Assert.Equal(0, (await HandlingTestData.AssignmentAsync(app, zjjId)).RedoRound);
        Assert.Equal(1, (await HandlingTestData.AssignmentAsync(app, newId)).RedoRound);
        await AssertSecondRevisitDueAsync(caseId, "zjj", newId, "ZJJ");
    }

    [Fact]
    public async Task A_redo_after_the_leads_return_was_approved_waits_in_the_dispatch_queue_for_the_next_lead()
    {
        var (caseId, zjjId) = await DispatchedToZjjAsync();
        var requestId = await ApplyAsync(app, "zjj", caseId, "ZJJ");
        await ReplyAsync("zjj", zjjId);   // replied while the return was pending; the dispatcher then approves it
        await ApproveAsync(app, requestId);
        await app.DeliverEventsAsync();
        await SendBackForRedoAsync(caseId);
        // Redelivered (e.g. replayed): ordered once, queued once.
        var redo = Ev.Read<RedoRequested>(Assert.Single(await Ev.OutboxAsync<RedoRequested>(app, caseId)));
        await app.PublishAsync(redo with { EventId = Guid.NewGuid() });
        await app.DeliverEventsAsync();

        // No unit leads the case: the order waits, and the dispatcher sees why.
        var order = Assert.Single(await OrdersAsync(caseId));
        Assert.Equal((RedoOrderStatus.AwaitingDispatch, (Guid?)null), (order.Status, order.AssignmentId));
        Assert.Contains("办理终止（退单）", order.WaitingReason);
        var number = (await CaseAsync(app, caseId)).CaseNumber;
        var row = Assert.Single((await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<DispatchQueue>()
            .WaitingAsync(new QueueFilter { Keyword = number }, 0, 20))).Rows, r => r.CaseId == caseId);
        Assert.Equal((1, RedoReason), (row.RedoRound!.Value, row.RedoReason));
        var page = (await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<DispatchCaseQuery>().GetAsync(caseId)))!;
        Assert.Equal(1, page.RedoRound);
        Assert.Single(await TimelineAsync(app, caseId), t => t.Action == "重办待派");
        Assert.Equal(RevisitState.AwaitingRedo, (await Ev.LoadAsync(app, caseId))!.State);
        // Intake keeps it 待派单 and tells the caller the case is being dispatched again, not that a unit has it.
        await app.WithScopeAsync(async sp =>
        {
            var intake = sp.GetRequiredService<Hotline.Intake.Persistence.IntakeDbContext>();
            Assert.Equal(Hotline.Intake.Contracts.CaseStatus.Accepted, (await intake.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)).Status);
            var told = await intake.Timeline.AsNoTracking().Where(t => t.CaseId == caseId && t.Action == "发回重办").Select(t => t.PublicText).ToListAsync();
            Assert.NotEmpty(told);
            Assert.All(told, text => Assert.Equal("根据您的回访意见，工单已发回重办，正在重新派单", text));
        });

        app.Clock.Advance(TimeSpan.FromHours(2));
        await DispatchAsync(app, caseId, "SCJGJ");
        var dispatchedAt = app.Clock.GetUtcNow().UtcDateTime;
        await app.DeliverEventsAsync();

        Assert.Null((await CaseAsync(app, caseId)).RedoRound);
        var scjgjId = (await ActiveAssignmentAsync(app, caseId, "SCJGJ")).Id;
        var redone = await HandlingTestData.AssignmentAsync(app, scjgjId);
        Assert.Equal((HandlingStatus.AwaitingSignFor, 1, RedoReason, await RedoDueAsync(dispatchedAt, redone)),
            (redone.Status, redone.RedoRound, redone.RedoReason, redone.CompletionDueUtc));
        Assert.Equal((RedoOrderStatus.Landed, scjgjId), (Assert.Single(await OrdersAsync(caseId)).Status, Assert.Single(await OrdersAsync(caseId)).AssignmentId!.Value));
        Assert.Contains("原主办单位已退单", Assert.Single(await StepsAsync(scjgjId), t => t.Action == "重办下达").Detail);
        Assert.Single(await OutcomeTestData.EventsAsync<RedoStarted>(app, scjgjId));

        await AssertSecondRevisitDueAsync(caseId, "scjgj", scjgjId, "SCJGJ");
    }

    [Fact]
    public async Task A_redo_after_the_leads_return_when_the_case_went_out_again_goes_to_the_new_lead()
    {
        var (caseId, zjjId) = await DispatchedToZjjAsync();
        var requestId = await ApplyAsync(app, "zjj", caseId, "ZJJ");
        await ReplyAsync("zjj", zjjId);
        await ApproveAsync(app, requestId);
        await app.DeliverEventsAsync();
        await DispatchAsync(app, caseId, "SCJGJ");
        await app.DeliverEventsAsync();
        await SendBackForRedoAsync(caseId);

        Assert.Null((await CaseAsync(app, caseId)).RedoRound);   // with a unit: nothing waits in the queue
        var scjgjId = (await ActiveAssignmentAsync(app, caseId, "SCJGJ")).Id;
        Assert.Equal(1, (await HandlingTestData.AssignmentAsync(app, scjgjId)).RedoRound);
        Assert.Contains("办理终止（退单）", Assert.Single(await StepsAsync(scjgjId), t => t.Action == "重办下达").Detail);
        await AssertSecondRevisitDueAsync(caseId, "scjgj", scjgjId, "SCJGJ");
    }

    [Fact]
    public async Task A_redo_whose_unit_is_replaced_before_replying_moves_to_the_new_lead()
    {
        var (caseId, zjjId) = await DispatchedToZjjAsync();
        await ReplyAsync("zjj", zjjId);
        await SendBackForRedoAsync(caseId);
        Assert.Equal((HandlingStatus.Redo, 1), ((await HandlingTestData.AssignmentAsync(app, zjjId)).Status, (await HandlingTestData.AssignmentAsync(app, zjjId)).RedoRound));

        await ReassignAsync(caseId, "SCJGJ");
        var reassignedAt = app.Clock.GetUtcNow().UtcDateTime;

        Assert.Equal(HandlingStatus.Ended, (await HandlingTestData.AssignmentAsync(app, zjjId)).Status);
        var scjgjId = (await ActiveAssignmentAsync(app, caseId, "SCJGJ")).Id;
        var redone = await HandlingTestData.AssignmentAsync(app, scjgjId);
        Assert.Equal((HandlingStatus.AwaitingSignFor, 1, RedoReason, await RedoDueAsync(reassignedAt, redone)),
            (redone.Status, redone.RedoRound, redone.RedoReason, redone.CompletionDueUtc));
        Assert.Equal(scjgjId, Assert.Single(await OrdersAsync(caseId)).AssignmentId);
        Assert.Contains("原重办单位未答复即已改派", Assert.Single(await StepsAsync(scjgjId), t => t.Action == "重办下达").Detail);
        await AssertSecondRevisitDueAsync(caseId, "scjgj", scjgjId, "SCJGJ");
    }

    [Fact]
    public async Task A_redo_already_answered_is_not_taken_over_by_a_later_reassignment()
    {
        var (caseId, zjjId) = await DispatchedToZjjAsync();
        await ReplyAsync("zjj", zjjId);
        await SendBackForRedoAsync(caseId);
        await ReplyAsync("zjj", zjjId);   // the redo reply, waiting for the second revisit
        await ReassignAsync(caseId, "SCJGJ");

        var scjgjId = (await ActiveAssignmentAsync(app, caseId, "SCJGJ")).Id;
        Assert.Equal(0, (await HandlingTestData.AssignmentAsync(app, scjgjId)).RedoRound);
        Assert.Equal(zjjId, Assert.Single(await OrdersAsync(caseId)).AssignmentId);
        var revisit = (await Ev.LoadAsync(app, caseId))!;
        Assert.Equal((RevisitState.AwaitingRevisit, 1), (revisit.State, revisit.Round));
    }
}

public sealed class SqliteRedoAfterEndedLeadTests(SqliteApp app) : RedoAfterEndedLeadTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbRedoAfterEndedLeadTests(MariaDbApp app) : RedoAfterEndedLeadTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
