using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Handling;
using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
using Hotline.Platform.Modules;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Dispatch.Returns.ReturnTestData;
using Ev = Hotline.IntegrationTests.Evaluation.EvaluationTestData;

namespace Hotline.IntegrationTests.Handling.Outcomes;

/// <summary>
/// A redo under way when redo orders began to be kept has no order: Handling's start-up step writes it from the lead's
/// assignment, once, so a later reassignment hands the redo to the new lead as it does for any redo.
/// </summary>
public abstract class RedoOrderBackfillTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<List<RedoOrder>> OrdersAsync(Guid caseId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().RedoOrders.AsNoTracking().Where(o => o.CaseId == caseId).ToListAsync());

    /// <summary>Handling's seeding hook, as the start-up runs it.</summary>
    private Task StartAsync() =>
        app.WithScopeAsync(sp => sp.GetServices<IHotlineModule>().OfType<HandlingModule>().Single().SeedAsync(sp, false, CancellationToken.None));

    [Fact]
    public async Task A_redo_begun_before_orders_were_kept_gets_its_order_once_and_moves_to_a_new_lead()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ");
        await app.DeliverEventsAsync();
        var zjjId = (await ActiveAssignmentAsync(app, caseId, "ZJJ")).Id;
        await OutcomeTestData.SignAsync(app, "zjj", zjjId);
        await OutcomeTestData.ContactAsync(app, "zjj", zjjId);
        Assert.True(await OutcomeTestData.SubmitReplyAsync(app, "zjj", zjjId));
        await app.DeliverEventsAsync();
        app.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(RevisitState.FollowUp, await Ev.RecordAsync(app, caseId, Ev.Rated(Rating.Dissatisfied, resolved: false)));
        Assert.Equal(RevisitState.AwaitingRedo, await Ev.FollowUpAsync(app, caseId, DissatisfactionCause.HandlingProblem, instructions: "请现场核实"));
        await app.DeliverEventsAsync();
        // As before the upgrade: the assignment carries the redo, no order does.
        await app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().RedoOrders.Where(o => o.CaseId == caseId).ExecuteDeleteAsync());
        var before = await HandlingTestData.AssignmentAsync(app, zjjId);
        Assert.Equal((HandlingStatus.Redo, 1), (before.Status, before.RedoRound));
        var landedAt = await app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().Timeline.AsNoTracking()
            .Where(t => t.AssignmentId == zjjId && t.Action == "重办下达").Select(t => t.AtUtc).SingleAsync());
        app.Clock.Advance(TimeSpan.FromDays(1));

        await StartAsync();
        await StartAsync();

        var order = Assert.Single(await OrdersAsync(caseId));
        Assert.Equal((RedoOrderStatus.Landed, zjjId, before.UnitId, 1, before.RedoReason, before.CaseNumber, landedAt, landedAt),
            (order.Status, order.AssignmentId!.Value, order.UnitId!.Value, order.Round, order.Reason, order.CaseNumber, order.LandedAtUtc!.Value,
                order.OrderedAtUtc));
        // The assignment is left as it was.
        var after = await HandlingTestData.AssignmentAsync(app, zjjId);
        Assert.Equal((before.Status, before.RedoRound, before.CompletionDueUtc, before.Version), (after.Status, after.RedoRound, after.CompletionDueUtc, after.Version));

        app.Clock.Advance(TimeSpan.FromHours(1));
        await DispatchAsync(app, caseId, "SCJGJ", reason: "经核实电梯安全属市场监管职责");
        await app.DeliverEventsAsync();
        var scjgjId = (await ActiveAssignmentAsync(app, caseId, "SCJGJ")).Id;
        Assert.Equal(1, (await HandlingTestData.AssignmentAsync(app, scjgjId)).RedoRound);
        Assert.Equal(scjgjId, Assert.Single(await OrdersAsync(caseId)).AssignmentId);
    }

    [Fact]
    public async Task A_redo_answered_or_with_its_order_is_left_alone()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ");
        await app.DeliverEventsAsync();
        var zjjId = (await ActiveAssignmentAsync(app, caseId, "ZJJ")).Id;
        await OutcomeTestData.SignAsync(app, "zjj", zjjId);
        await OutcomeTestData.ContactAsync(app, "zjj", zjjId);
        Assert.True(await OutcomeTestData.SubmitReplyAsync(app, "zjj", zjjId));
        await app.DeliverEventsAsync();
        app.Clock.Advance(TimeSpan.FromHours(3));
        await Ev.RecordAsync(app, caseId, Ev.Rated(Rating.Dissatisfied, resolved: false));
        await Ev.FollowUpAsync(app, caseId, DissatisfactionCause.HandlingProblem, instructions: "请现场核实");
        await app.DeliverEventsAsync();
        var kept = Assert.Single(await OrdersAsync(caseId));

        await StartAsync();
        Assert.Equal(kept.Id, Assert.Single(await OrdersAsync(caseId)).Id);

        // Answered before the upgrade: nothing is owed, no order is made up.
        await OutcomeTestData.SignAsync(app, "zjj", zjjId);
        await OutcomeTestData.ContactAsync(app, "zjj", zjjId);
        Assert.True(await OutcomeTestData.SubmitReplyAsync(app, "zjj", zjjId));
        await app.DeliverEventsAsync();
        Assert.Equal(HandlingStatus.Replied, (await HandlingTestData.AssignmentAsync(app, zjjId)).Status);
        await app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().RedoOrders.Where(o => o.CaseId == caseId).ExecuteDeleteAsync());
        await StartAsync();
        Assert.Empty(await OrdersAsync(caseId));
    }
}

public sealed class SqliteRedoOrderBackfillTests(SqliteApp app) : RedoOrderBackfillTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbRedoOrderBackfillTests(MariaDbApp app) : RedoOrderBackfillTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
