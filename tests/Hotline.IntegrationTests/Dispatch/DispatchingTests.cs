using System.Text.Json;
using Hotline.Administration.Persistence;
using Hotline.Dispatch.Contracts;
using Hotline.Dispatch.Dispatching;
using Hotline.Dispatch.Domain;
using Hotline.Dispatch.Persistence;
using Hotline.Dispatch.Queue;
using Hotline.Evaluation.Contracts;
using Hotline.Platform;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Dispatch.DispatchTestData;

namespace Hotline.IntegrationTests.Dispatch;

public abstract class DispatchingTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task An_accepted_case_waits_in_the_queue()
    {
        var accepted = await AcceptedCaseAsync(app);

        var dispatchCase = await CaseAsync(app, accepted.CaseId);
        Assert.Equal(DispatchState.Waiting, dispatchCase.State);
        Assert.Equal(accepted.CaseNumber, dispatchCase.CaseNumber);
        var page = await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<DispatchQueue>()
            .WaitingAsync(new QueueFilter { Keyword = accepted.CaseNumber }, 0, 20));
        var row = Assert.Single(page.Rows);
        Assert.Equal(accepted.CaseId, row.CaseId);
        Assert.Equal(0, row.ApprovedReturns);
    }

    [Fact]
    public async Task Dispatch_creates_the_assignments_with_deadlines_and_announces_them_in_one_save()
    {
        var accepted = await AcceptedCaseAsync(app);
        var zjj = await UnitAsync(app, "ZJJ");
        var scjgj = await UnitAsync(app, "SCJGJ");
        // No test of this class moves the shared clock: it stays at Wed 2026-11-25 09:00 China.
        Assert.Equal(HotlineAppFactory.DefaultStart, app.Clock.GetUtcNow());

        var outcome = await DispatchAsync(app, accepted.CaseId, zjj, [scjgj], note: "请会同市场监管局核查电梯");

        Assert.Equal(DispatchMode.Dispatch, outcome.Mode);
        var assignments = await AssignmentsAsync(app, accepted.CaseId);
        Assert.Equal(2, assignments.Count);
        var lead = assignments.Single(a => a.Role == AssignmentRole.Lead);
        var co = assignments.Single(a => a.Role == AssignmentRole.CoHandling);
        Assert.Equal(zjj, lead.UnitId);
        Assert.Equal(scjgj, co.UnitId);
        Assert.All(assignments, a => Assert.Equal(AssignmentStatus.Active, a.Status));
        // Wed 2026-11-25 09:00 China: sign-for 17:00 (8 h); complaint: 15 working days → Wed 12-16 24:00; opinion 3 days → Mon 11-30 24:00.
        Assert.Equal(Utc(2026, 11, 25, 9), lead.SignForDueUtc);
        Assert.Equal(Utc(2026, 11, 26, 1), lead.FirstContactDueUtc);
        Assert.Equal(Utc(2026, 12, 16, 16), lead.CompletionDueUtc);
        Assert.Equal(15, lead.CompletionWorkingDays);
        Assert.Equal(Utc(2026, 11, 30, 16), co.CompletionDueUtc);
        Assert.Equal(Utc(2026, 11, 26, 16), lead.ReturnWindowEndsUtc);
        Assert.Equal("请会同市场监管局核查电梯", lead.Note);

        Assert.Equal(DispatchState.Dispatched, (await CaseAsync(app, accepted.CaseId)).State);
        var dispatched = await app.WithScopeAsync(async sp =>
        {
            var message = await sp.GetRequiredService<PlatformDbContext>().Outbox
                .SingleAsync(m => m.EventType.EndsWith("." + nameof(CaseDispatched)) && m.Payload.Contains(accepted.CaseId.ToString()));
            return JsonSerializer.Deserialize<CaseDispatched>(message.Payload, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        });
        Assert.False(dispatched.IsReassignment);
        Assert.Equal(accepted.CaseNumber, dispatched.CaseNumber);
        Assert.Equal("dispatcher", dispatched.DispatchedBy);
        Assert.Equal(new[] { lead.Id, co.Id }.Order(), dispatched.Assignments.Select(a => a.AssignmentId).Order());
        Assert.Equal(lead.CompletionDueUtc, dispatched.Assignments.Single(a => a.Role == AssignmentRole.Lead).CompletionDueUtc);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DispatchDbContext>();
            Assert.True(await db.Timeline.AnyAsync(t => t.CaseId == accepted.CaseId && t.Action == "派单" && t.UnitId == zjj));
            Assert.True(await db.AuditLog.AnyAsync(a => a.ObjectId == accepted.CaseNumber && a.Action == "派单" && a.UserName == "dispatcher"));
        });
        var queue = await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<DispatchQueue>()
            .WaitingAsync(new QueueFilter { Keyword = accepted.CaseNumber }, 0, 20));
        Assert.Empty(queue.Rows);
    }

    [Fact]
    public async Task Of_two_dispatchers_at_once_one_wins_and_the_other_is_told()
    {
        var accepted = await AcceptedCaseAsync(app);
        var zjj = await UnitAsync(app, "ZJJ");
        var scjgj = await UnitAsync(app, "SCJGJ");
        var version = (await CaseAsync(app, accepted.CaseId)).Version;

        Task<DispatchOutcome> As(string user, Guid unit) => app.AsUserAsync(user, sp =>
            sp.GetRequiredService<CaseDispatching>().DispatchAsync(new DispatchInput(accepted.CaseId, unit, [], null, version)));
        var attempts = new[] { As("dispatcher", zjj), As("supervisor", scjgj) };
        try { await Task.WhenAll(attempts); } catch (BusinessRuleException) { }

        Assert.Equal(1, attempts.Count(t => t.IsCompletedSuccessfully));
        var loser = Assert.Single(attempts, t => t.IsFaulted);
        Assert.Equal(CaseDispatching.ConflictMessage, Assert.IsType<BusinessRuleException>(loser.Exception!.InnerException).Message);
        Assert.Single(await AssignmentsAsync(app, accepted.CaseId));
        Assert.Equal(1, await OutboxCountAsync(app, accepted.CaseId, nameof(CaseDispatched)));
    }

    [Fact]
    public async Task Bad_choices_of_units_are_refused_and_nothing_is_saved()
    {
        var accepted = await AcceptedCaseAsync(app);
        var zjj = await UnitAsync(app, "ZJJ");
        var scjgj = await UnitAsync(app, "SCJGJ");
        var inactive = await UnitAsync(app, "XFJ");
        var center = await UnitAsync(app, "ZX");
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AdministrationDbContext>();
            (await db.Units.SingleAsync(u => u.Id == inactive)).IsActive = false;
            await db.SaveChangesAsync();
        });

        async Task<string> Refusal(Guid? lead, Guid[] co) =>
            (await Assert.ThrowsAsync<BusinessRuleException>(() => DispatchAsync(app, accepted.CaseId, lead, co))).Message;

        Assert.Equal("请选择主办单位。", await Refusal(null, []));
        Assert.Contains("已停用", await Refusal(inactive, []));
        Assert.Contains("已停用", await Refusal(zjj, [inactive]));
        Assert.Equal("协办单位不能与主办单位相同。", await Refusal(zjj, [zjj]));
        Assert.Equal("协办单位不能重复选择。", await Refusal(zjj, [scjgj, scjgj]));
        Assert.Contains("热线管理中心", await Refusal(center, []));

        Assert.Empty(await AssignmentsAsync(app, accepted.CaseId));
        Assert.Equal(DispatchState.Waiting, (await CaseAsync(app, accepted.CaseId)).State);
        Assert.Equal(0, await OutboxCountAsync(app, accepted.CaseId, nameof(CaseDispatched)));
    }

    [Fact]
    public async Task Reassignment_needs_a_reason_ends_the_old_assignments_and_announces_both()
    {
        var accepted = await AcceptedCaseAsync(app);
        var zjj = await UnitAsync(app, "ZJJ");
        var scjgj = await UnitAsync(app, "SCJGJ");
        await DispatchAsync(app, accepted.CaseId, zjj, [scjgj]);

        var noReason = await Assert.ThrowsAsync<BusinessRuleException>(() => DispatchAsync(app, accepted.CaseId, scjgj));
        Assert.Equal("改派须填写原因。", noReason.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => DispatchAsync(app, accepted.CaseId, zjj, [scjgj], reason: "同样的单位"));

        var outcome = await DispatchAsync(app, accepted.CaseId, scjgj, reason: "经核实系电梯安全问题，属市场监管职责");

        Assert.Equal(DispatchMode.Reassign, outcome.Mode);
        var assignments = await AssignmentsAsync(app, accepted.CaseId);
        Assert.Equal(3, assignments.Count);
        var ended = assignments.Where(a => a.Status == AssignmentStatus.Reassigned).ToList();
        Assert.Equal(2, ended.Count);
        Assert.All(ended, a => Assert.Equal("经核实系电梯安全问题，属市场监管职责", a.EndNote));
        Assert.All(ended, a => Assert.NotNull(a.EndedAtUtc));
        var active = Assert.Single(assignments, a => a.IsActive);
        Assert.Equal(scjgj, active.UnitId);
        Assert.Equal(AssignmentRole.Lead, active.Role);
        Assert.Equal(1, await OutboxCountAsync(app, accepted.CaseId, nameof(AssignmentsEnded)));
        Assert.Equal(2, await OutboxCountAsync(app, accepted.CaseId, nameof(CaseDispatched)));
        await app.WithScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<PlatformDbContext>().Outbox;
            var ends = await outbox.SingleAsync(m => m.EventType.EndsWith("." + nameof(AssignmentsEnded)) && m.Payload.Contains(accepted.CaseId.ToString()));
            var again = (await outbox.Where(m => m.EventType.EndsWith("." + nameof(CaseDispatched)) && m.Payload.Contains(accepted.CaseId.ToString())).ToListAsync())
                .Single(m => m.Payload.Contains("\"isReassignment\":true"));
            Assert.Contains("\"caseBackInQueue\":false", ends.Payload);
            Assert.True(ends.OccurredAtUtc <= again.OccurredAtUtc);
            Assert.True(await sp.GetRequiredService<DispatchDbContext>().Timeline.AnyAsync(t => t.CaseId == accepted.CaseId && t.Action == "改派"));
        });
    }

    [Fact]
    public async Task Only_a_supervisor_designates_the_handler_of_a_case_returned_three_times()
    {
        var accepted = await AcceptedCaseAsync(app);
        var zjj = await UnitAsync(app, "ZJJ");
        await SetStateAsync(app, accepted.CaseId, DispatchState.AwaitingDesignation, approvedReturns: 3);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("dispatcher", sp =>
            sp.GetRequiredService<DispatchQueue>().AwaitingDesignationAsync(new QueueFilter(), 0, 20)));
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => DispatchAsync(app, accepted.CaseId, zjj, user: "dispatcher"));
        Assert.Contains("督办员", refused.Message);
        var listed = await app.AsUserAsync("supervisor", sp =>
            sp.GetRequiredService<DispatchQueue>().AwaitingDesignationAsync(new QueueFilter { Keyword = accepted.CaseNumber }, 0, 20));
        Assert.Equal(3, Assert.Single(listed.Rows).ApprovedReturns);

        // The center held a coordination on the case first (002 art. 23): the designation cites it.
        await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<Hotline.Supervision.Coordination.Coordinations>().RecordAsync(
            new Hotline.Supervision.Coordination.CoordinationInput(Hotline.Supervision.Domain.CoordinationKind.Coordination, "路灯管护职责协调会",
                accepted.CaseNumber, app.Clock.GetUtcNow().UtcDateTime.AddHours(-2), "住建局、城关镇", "确认由住建局牵头办理", zjj)));

        var outcome = await DispatchAsync(app, accepted.CaseId, zjj, user: "supervisor");

        Assert.Equal(DispatchMode.Designate, outcome.Mode);
        Assert.Equal(DispatchState.Dispatched, (await CaseAsync(app, accepted.CaseId)).State);
        Assert.Single(await AssignmentsAsync(app, accepted.CaseId));
        await app.WithScopeAsync(async sp => Assert.True(await sp.GetRequiredService<DispatchDbContext>().Timeline
            .AnyAsync(t => t.CaseId == accepted.CaseId && t.Action == "指定办理" && t.Actor == "supervisor" && t.Detail!.Contains("协调记录《路灯管护职责协调会》"))));
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("zjj")]
    [InlineData("scjgj")]
    [InlineData("zjj.mgr")]
    public async Task Other_roles_can_neither_read_the_queue_nor_dispatch(string user)
    {
        var accepted = await AcceptedCaseAsync(app);
        var zjj = await UnitAsync(app, "ZJJ");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync(user, sp =>
            sp.GetRequiredService<DispatchQueue>().WaitingAsync(new QueueFilter(), 0, 20)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync(user, sp =>
            sp.GetRequiredService<DispatchQueue>().CountsAsync()));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync(user, sp =>
            sp.GetRequiredService<DispatchCaseQuery>().GetAsync(accepted.CaseId)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => DispatchAsync(app, accepted.CaseId, zjj, user: user));
        Assert.Empty(await AssignmentsAsync(app, accepted.CaseId));
    }

    [Fact]
    public async Task Closing_the_case_finishes_it_in_dispatch()
    {
        var accepted = await AcceptedCaseAsync(app);
        var zjj = await UnitAsync(app, "ZJJ");
        await DispatchAsync(app, accepted.CaseId, zjj);

        await app.PublishAsync(new CaseClosed(accepted.CaseId, accepted.CaseNumber, ClosingOutcome.Satisfied, null, Rating.Satisfied, true, zjj,
            app.Clock.GetUtcNow().UtcDateTime));
        await app.DeliverEventsAsync();

        Assert.Equal(DispatchState.Finished, (await CaseAsync(app, accepted.CaseId)).State);
        Assert.All(await AssignmentsAsync(app, accepted.CaseId), a => Assert.Equal(AssignmentStatus.Finished, a.Status));
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => DispatchAsync(app, accepted.CaseId, zjj, reason: "再派"));
        Assert.Contains("已办结", refused.Message);
    }

    private static DateTime Utc(int y, int m, int d, int h) => new(y, m, d, h, 0, 0, DateTimeKind.Utc);
}

public sealed class SqliteDispatchingTests(SqliteApp app) : DispatchingTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbDispatchingTests(MariaDbApp app) : DispatchingTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
