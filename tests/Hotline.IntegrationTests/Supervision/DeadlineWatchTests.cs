using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Platform;
using Hotline.Platform.Catalog;
using Hotline.Supervision.Contracts;
using Hotline.Supervision.Deadlines;
using Hotline.Supervision.Domain;
using Hotline.Supervision.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Supervision;

/// <summary>Deadline watch: events become deadlines once, the pass warns and marks overdue once each, an extension moves the deadline.</summary>
public abstract class DeadlineWatchTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task Deliver<THandler, TEvent>(TEvent e) where THandler : Hotline.Platform.Messaging.InboxEventHandler<TEvent, SupervisionDbContext> where TEvent : Hotline.Platform.Messaging.IntegrationEvent =>
        app.WithScopeAsync(sp => ActivatorUtilities.CreateInstance<THandler>(sp).HandleAsync(e, CancellationToken.None));

    private Task<List<WatchedDeadline>> RowsAsync(Guid caseId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<SupervisionDbContext>().Deadlines.AsNoTracking().Where(x => x.CaseId == caseId).ToListAsync());

    [Fact]
    public async Task Events_become_deadlines_once_and_the_pass_raises_each_state_once()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var caseId = Guid.NewGuid();
        var assignmentId = Guid.NewGuid();
        var unitId = Guid.NewGuid();
        var dispatched = new CaseDispatched(caseId, "QH-SUP-1", RequestTypeCode.Complaint, Guid.NewGuid(), "噪音扰民", false, null, true,
            [new AssignmentTerms(assignmentId, unitId, AssignmentRole.Lead, null, now.AddHours(2), now.AddHours(24), now.AddDays(10), 5)],
            null, now, "dispatcher", false);

        await Deliver<CaseDispatchedWatch, CaseDispatched>(dispatched);
        await Deliver<CaseDispatchedWatch, CaseDispatched>(dispatched); // redelivery: the inbox ignores it
        Assert.Equal(3, (await RowsAsync(caseId)).Count);

        // Sign-for warning window is 1 hour by default.
        app.Clock.Advance(TimeSpan.FromMinutes(70));
        await app.WithScopeAsync(sp => sp.GetRequiredService<DeadlineWatchPass>().RunAsync());
        Assert.Equal(DeadlineState.Warned, (await RowsAsync(caseId)).Single(x => x.Kind == WatchedDeadlineKind.SignFor).State);
        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.WithScopeAsync(sp => sp.GetRequiredService<DeadlineWatchPass>().RunAsync());
        var rows = await RowsAsync(caseId);
        Assert.Equal(DeadlineState.Overdue, rows.Single(x => x.Kind == WatchedDeadlineKind.SignFor).State);

        // A restart repeating the pass raises nothing new for this case.
        await app.WithScopeAsync(sp => sp.GetRequiredService<DeadlineWatchPass>().RunAsync());
        Assert.Equal(rows.Select(x => (x.Kind, x.State)).OrderBy(x => x.Kind), (await RowsAsync(caseId)).Select(x => (x.Kind, x.State)).OrderBy(x => x.Kind));

        // Signing meets the sign-for deadline; an approved extension moves the completion deadline.
        await Deliver<SignedWatch, AssignmentSigned>(new AssignmentSigned(assignmentId, caseId, unitId, true, app.Clock.GetUtcNow().UtcDateTime, true));
        var newDue = now.AddDays(20);
        await Deliver<ExtensionWatch, ExtensionDecided>(new ExtensionDecided(Guid.NewGuid(), assignmentId, caseId, unitId, true, newDue, "措施", now));
        rows = await RowsAsync(caseId);
        Assert.Equal(DeadlineState.Met, rows.Single(x => x.Kind == WatchedDeadlineKind.SignFor).State);
        Assert.Equal(newDue, rows.Single(x => x.Kind == WatchedDeadlineKind.Completion).DueUtc);
    }

    [Fact]
    public async Task A_redo_runs_the_met_completion_deadline_again_from_its_new_date()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var (caseId, assignmentId, unitId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await Deliver<CaseDispatchedWatch, CaseDispatched>(new CaseDispatched(caseId, "QH-SUP-2", RequestTypeCode.Complaint, Guid.NewGuid(), "路灯不亮", false, null, true,
            [new AssignmentTerms(assignmentId, unitId, AssignmentRole.Lead, null, now.AddHours(2), now.AddHours(24), now.AddDays(10), 5)],
            null, now, "dispatcher", false));
        await Deliver<RepliedWatch, CaseReplied>(new CaseReplied(caseId, "QH-SUP-2", assignmentId, unitId, Guid.NewGuid(), 0, ReplyResult.Resolved, "已修复", false, now.AddDays(1), true));
        Assert.All(await RowsAsync(caseId), r => Assert.Equal(DeadlineState.Met, r.State));

        var redoDue = now.AddDays(20);
        await Deliver<RedoWatch, RedoStarted>(new RedoStarted(assignmentId, caseId, unitId, 1, redoDue, now.AddDays(3)));
        var completion = (await RowsAsync(caseId)).Single(x => x.Kind == WatchedDeadlineKind.Completion);
        Assert.Equal((DeadlineState.Running, redoDue), (completion.State, completion.DueUtc));
    }

    [Fact]
    public async Task Zero_or_negative_warning_hours_are_refused_with_a_message()
    {
        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("admin", sp =>
            sp.GetRequiredService<DeadlineWatchSettingsService>().SaveAsync(new DeadlineWatchSettings { SignForWarningHours = 0, CompletionWarningHours = -1 })));
        Assert.Contains("签收预警提前时数必须大于 0", error.Message);
        Assert.Contains("办结预警提前时数必须大于 0", error.Message);
    }
}

public sealed class SqliteDeadlineWatchTests(SqliteApp app) : DeadlineWatchTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbDeadlineWatchTests(MariaDbApp app) : DeadlineWatchTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
