using Hotline.IntegrationTests.Dispatch.Returns;
using Hotline.Platform;
using Hotline.Supervision.Contracts;
using Hotline.Supervision.Deadlines;
using Hotline.Supervision.Domain;
using Hotline.Supervision.Graded;
using Hotline.Supervision.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Supervision;

/// <summary>
/// 批量提醒督办 on the workbench's near and past deadlines of real dispatched cases: one level-1 reminder each, a deadline
/// whose unit and case are already under supervision (or that is gone) is refused by name and never doubled; only the
/// Supervisor may do it.
/// </summary>
public abstract class BulkReminderTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<List<CaseSupervision>> SupervisionsAsync(Guid caseId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<SupervisionDbContext>().Supervisions.AsNoTracking().Where(x => x.CaseId == caseId).ToListAsync());

    private Task<WatchedDeadline> DeadlineAsync(Guid caseId, WatchedDeadlineKind kind) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<SupervisionDbContext>().Deadlines.AsNoTracking().SingleAsync(x => x.CaseId == caseId && x.Kind == kind));

    private async Task AdvanceTo(DateTime utc)
    {
        var by = utc - app.Clock.GetUtcNow().UtcDateTime;
        if (by > TimeSpan.Zero)
            app.Clock.Advance(by);
        await app.WithScopeAsync(sp => sp.GetRequiredService<DeadlineWatchPass>().RunAsync());
    }

    private async Task<Guid> DispatchedToHousingAsync()
    {
        var caseId = await ReturnTestData.DispatchedCaseAsync(app, "ZJJ");
        await app.DeliverEventsAsync();
        return caseId;
    }

    private Task<BulkReminders> RemindAsync(string user, params Guid[] deadlineIds) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<SupervisorDesk>().RemindManyAsync(deadlineIds));

    [Fact]
    public async Task Near_and_past_deadlines_get_one_reminder_each_and_the_supervised_ones_are_named_not_doubled()
    {
        // Overdue without the automatic reminder, so the Supervisor's bulk reminder is the one that opens it.
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<SupervisionSettingsService>().SaveAsync(new SupervisionSettings { RemindOnOverdue = false }));
        var overdue = await DispatchedToHousingAsync();
        await AdvanceTo((await ReturnTestData.ActiveAssignmentAsync(app, overdue, "ZJJ")).SignForDueUtc.AddMinutes(5));
        Assert.Equal(DeadlineState.Overdue, (await DeadlineAsync(overdue, WatchedDeadlineKind.SignFor)).State);
        Assert.Empty(await SupervisionsAsync(overdue));

        var near1 = await DispatchedToHousingAsync();
        var near2 = await DispatchedToHousingAsync();
        var supervised = await DispatchedToHousingAsync();
        var housing = await ReturnTestData.UnitAsync(app, "ZJJ");
        await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SupervisorDesk>()
            .IssueAsync(new ManualSupervision(supervised, housing, SupervisionLevel.Reminder, "诉求人反映无人联系。", "请尽快联系诉求人。")));
        // Half an hour before sign-for is due: inside the one-hour warning window.
        await AdvanceTo((await ReturnTestData.ActiveAssignmentAsync(app, near1, "ZJJ")).SignForDueUtc.AddMinutes(-30));
        foreach (var c in new[] { near1, near2, supervised })
            Assert.Equal(DeadlineState.Warned, (await DeadlineAsync(c, WatchedDeadlineKind.SignFor)).State);

        var n1 = await DeadlineAsync(near1, WatchedDeadlineKind.SignFor);
        var n2 = await DeadlineAsync(near2, WatchedDeadlineKind.SignFor);
        var s = await DeadlineAsync(supervised, WatchedDeadlineKind.SignFor);
        var o = await DeadlineAsync(overdue, WatchedDeadlineKind.SignFor);
        // A second step of the same assignment in the same pick: the first opens the reminder, the second is refused.
        var oContact = await DeadlineAsync(overdue, WatchedDeadlineKind.FirstContact);
        var gone = Guid.NewGuid();

        // Others may look but not remind; nothing is opened by their try.
        foreach (var user in new[] { "agent", "dispatcher", "zjj.mgr" })
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => RemindAsync(user, n1.Id));
        Assert.Empty(await SupervisionsAsync(near1));

        var result = await RemindAsync("supervisor", n1.Id, n2.Id, s.Id, o.Id, oContact.Id, n1.Id, gone);
        Assert.Equal(3, result.Issued);
        Assert.Equal(
            new[] { (s.Id, s.CaseNumber, RefusedReminder.AlreadySupervised), (oContact.Id, oContact.CaseNumber, RefusedReminder.AlreadySupervised), (gone, "", RefusedReminder.Ended) },
            result.Refused.Select(r => (r.DeadlineId, r.CaseNumber, r.Reason)).ToArray());
        Assert.StartsWith("已发出 3 件提醒督办；未发出 3 件", result.Message());
        Assert.Contains(s.CaseNumber, result.Message());

        foreach (var (caseId, trigger, words) in new[] { (near1, SupervisionTrigger.Warning, "临近"), (near2, SupervisionTrigger.Warning, "临近"), (overdue, SupervisionTrigger.Overdue, "已过") })
        {
            var reminder = Assert.Single(await SupervisionsAsync(caseId));
            Assert.Equal((SupervisionLevel.Reminder, trigger, SupervisionStatus.Open, housing), (reminder.Level, reminder.Trigger, reminder.Status, reminder.UnitId));
            Assert.Contains(words, reminder.Problem);
            Assert.Contains("签收期限", reminder.Problem);
        }
        Assert.Equal(SupervisionTrigger.Manual, Assert.Single(await SupervisionsAsync(supervised)).Trigger);

        // Pressed again (a second Supervisor, or a page not yet refreshed): nothing new, each one named.
        var again = await RemindAsync("supervisor", n1.Id, n2.Id, o.Id);
        Assert.Equal(0, again.Issued);
        Assert.All(again.Refused, r => Assert.Equal(RefusedReminder.AlreadySupervised, r.Reason));
        Assert.Equal(3, again.Refused.Count);
        foreach (var c in new[] { near1, near2, overdue, supervised })
            Assert.Single(await SupervisionsAsync(c));
    }

    [Fact]
    public async Task An_empty_or_oversized_pick_is_refused_with_a_message()
    {
        var empty = await Assert.ThrowsAsync<BusinessRuleException>(() => RemindAsync("supervisor"));
        Assert.Equal("请先勾选要提醒的工单。", empty.Message);
        var many = Enumerable.Range(0, SupervisorDesk.MaxBulk + 1).Select(_ => Guid.NewGuid()).ToArray();
        Assert.Contains($"一次最多提醒 {SupervisorDesk.MaxBulk} 件", (await Assert.ThrowsAsync<BusinessRuleException>(() => RemindAsync("supervisor", many))).Message);
    }
}

public sealed class SqliteBulkReminderTests(SqliteApp app) : BulkReminderTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbBulkReminderTests(MariaDbApp app) : BulkReminderTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
