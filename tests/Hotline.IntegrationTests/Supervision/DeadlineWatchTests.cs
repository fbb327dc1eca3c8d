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
        Assert.All((await RowsAsync(caseId)).Where(r => r.Kind != WatchedDeadlineKind.Revisit), r => Assert.Equal(DeadlineState.Met, r.State));
        Assert.Equal(DeadlineState.Running, (await RowsAsync(caseId)).Single(r => r.Kind == WatchedDeadlineKind.Revisit).State);

        var redoDue = now.AddDays(20);
        await Deliver<RedoWatch, RedoStarted>(new RedoStarted(assignmentId, caseId, unitId, 1, redoDue, now.AddDays(3)));
        var completion = (await RowsAsync(caseId)).Single(x => x.Kind == WatchedDeadlineKind.Completion);
        Assert.Equal((DeadlineState.Running, redoDue), (completion.State, completion.DueUtc));
        Task<List<CaseSupervision>> SupervisionsAsync() =>
            app.WithScopeAsync(sp => sp.GetRequiredService<SupervisionDbContext>().Supervisions.AsNoTracking().Where(x => x.CaseId == caseId).ToListAsync());
        Assert.Empty(await SupervisionsAsync());

        // 重办超限: the second round is beyond the default limit of one and is supervised, once.
        var second = new RedoStarted(assignmentId, caseId, unitId, 2, now.AddDays(30), now.AddDays(12));
        await Deliver<RedoWatch, RedoStarted>(second);
        await Deliver<RedoWatch, RedoStarted>(second with { EventId = Guid.NewGuid(), Round = 3 });
        var supervision = Assert.Single(await SupervisionsAsync());
        Assert.Equal((SupervisionTrigger.RedoBeyondLimit, SupervisionLevel.Reminder, unitId), (supervision.Trigger, supervision.Level, supervision.UnitId));
        Assert.Contains("第 2 次发回重办", supervision.Problem);
    }

    [Fact]
    public async Task The_centers_own_steps_and_a_units_knowledge_fix_are_watched_and_the_center_is_never_supervised_for_its_own()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var (caseId, assignmentId, unitId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var center = (await app.Service<Hotline.Platform.Organization.IUnitDirectory>().ActiveUnitsAsync()).Single(u => u.Type == Hotline.Platform.Organization.UnitType.Center).Id;
        await Deliver<CaseDispatchedWatch, CaseDispatched>(new CaseDispatched(caseId, "QH-SUP-3", RequestTypeCode.Complaint, Guid.NewGuid(), "占道经营", false, null, true,
            [new AssignmentTerms(assignmentId, unitId, AssignmentRole.Lead, null, now.AddHours(8), now.AddHours(24), now.AddDays(20), 15)],
            null, now, "dispatcher", false));

        // 退单审核 within one working day, held by the center; overdue raises no supervision of anyone.
        await Deliver<ReturnRequestedWatch, ReturnRequested>(new ReturnRequested(Guid.NewGuid(), caseId, assignmentId, unitId, ReturnReason.NotOurDuty, now));
        var review = (await RowsAsync(caseId)).Single(r => r.Kind == WatchedDeadlineKind.ReturnReview);
        Assert.Equal((center, "QH-SUP-3"), (review.UnitId, review.CaseNumber));
        Assert.InRange(review.DueUtc, now.AddHours(1), now.AddDays(5));
        await Deliver<SignedWatch, AssignmentSigned>(new AssignmentSigned(assignmentId, caseId, unitId, true, now.AddHours(1), false));
        await Deliver<ContactedWatch, CallerContacted>(new CallerContacted(assignmentId, caseId, unitId, now.AddHours(2), true));
        app.Clock.SetUtcNow(review.DueUtc.AddMinutes(1));
        await app.WithScopeAsync(sp => sp.GetRequiredService<DeadlineWatchPass>().RunAsync());
        Assert.Equal(DeadlineState.Overdue, (await RowsAsync(caseId)).Single(r => r.Kind == WatchedDeadlineKind.ReturnReview).State);
        Assert.False(await app.WithScopeAsync(sp => sp.GetRequiredService<SupervisionDbContext>().Supervisions.AnyAsync(x => x.CaseId == caseId)));
        await Deliver<ReturnDecidedWatch, ReturnDecided>(new ReturnDecided(Guid.NewGuid(), caseId, assignmentId, unitId, false, true, app.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal(DeadlineState.Met, (await RowsAsync(caseId)).Single(r => r.Kind == WatchedDeadlineKind.ReturnReview).State);

        // 延期审批: requested, then decided.
        var at = app.Clock.GetUtcNow().UtcDateTime;
        await Deliver<ExtensionRequestedWatch, ExtensionRequested>(new ExtensionRequested(Guid.NewGuid(), assignmentId, caseId, unitId, at.AddDays(30), at));
        Assert.Equal(DeadlineState.Running, (await RowsAsync(caseId)).Single(r => r.Kind == WatchedDeadlineKind.ExtensionDecision).State);
        await Deliver<ExtensionWatch, ExtensionDecided>(new ExtensionDecided(Guid.NewGuid(), assignmentId, caseId, unitId, false, null, "", at.AddHours(2)));
        Assert.Equal(DeadlineState.Met, (await RowsAsync(caseId)).Single(r => r.Kind == WatchedDeadlineKind.ExtensionDecision).State);

        // 回访: starts at the reply, done when the revisit sends the case back for redo; after the second reply it runs again and closing meets it.
        await Deliver<RepliedWatch, CaseReplied>(new CaseReplied(caseId, "QH-SUP-3", assignmentId, unitId, Guid.NewGuid(), 0, ReplyResult.Resolved, "已清理", false, at.AddHours(3), true));
        Assert.Equal(DeadlineState.Running, (await RowsAsync(caseId)).Single(r => r.Kind == WatchedDeadlineKind.Revisit).State);
        await Deliver<RedoRequestedWatch, Hotline.Evaluation.Contracts.RedoRequested>(new(caseId, "QH-SUP-3", assignmentId, 1, "群众不满意", at.AddHours(5)));
        Assert.Equal(DeadlineState.Met, (await RowsAsync(caseId)).Single(r => r.Kind == WatchedDeadlineKind.Revisit).State);
        await Deliver<RepliedWatch, CaseReplied>(new CaseReplied(caseId, "QH-SUP-3", assignmentId, unitId, Guid.NewGuid(), 1, ReplyResult.Resolved, "已再次清理", false, at.AddDays(1), true));
        Assert.Equal(DeadlineState.Running, (await RowsAsync(caseId)).Single(r => r.Kind == WatchedDeadlineKind.Revisit).State);
        await Deliver<CaseClosedWatch, Hotline.Evaluation.Contracts.CaseClosed>(new(caseId, "QH-SUP-3", Hotline.Evaluation.Contracts.ClosingOutcome.Satisfied,
            null, Hotline.Evaluation.Contracts.Rating.Satisfied, true, unitId, at.AddDays(2)));
        Assert.Equal(DeadlineState.Met, (await RowsAsync(caseId)).Single(r => r.Kind == WatchedDeadlineKind.Revisit).State);

        // 知识补充: the owning unit's five working days, keyed by the gap.
        var gapId = Guid.NewGuid();
        var gapDue = at.AddDays(7);
        await Deliver<GapReportedWatch, Hotline.Knowledge.Contracts.KnowledgeGapReported>(new(gapId, unitId, null, Guid.NewGuid(), gapDue, at));
        var gap = await app.WithScopeAsync(sp => sp.GetRequiredService<SupervisionDbContext>().Deadlines.AsNoTracking().SingleAsync(x => x.AssignmentId == gapId));
        Assert.Equal((WatchedDeadlineKind.KnowledgeGapFix, unitId, gapDue, Guid.Empty), (gap.Kind, gap.UnitId, gap.DueUtc, gap.CaseId));
        await Deliver<GapFixedWatch, Hotline.Knowledge.Contracts.KnowledgeGapFixed>(new(gapId, unitId, at.AddDays(1)));
        Assert.Equal(DeadlineState.Met, (await app.WithScopeAsync(sp => sp.GetRequiredService<SupervisionDbContext>().Deadlines.AsNoTracking().SingleAsync(x => x.AssignmentId == gapId))).State);
    }

    [Fact]
    public async Task A_units_overdue_knowledge_gaps_are_not_counted_among_its_overdue_cases()
    {
        var unitId = Guid.NewGuid();
        var at = app.Clock.GetUtcNow().UtcDateTime;
        foreach (var _ in Enumerable.Range(0, 2))
            await Deliver<GapReportedWatch, Hotline.Knowledge.Contracts.KnowledgeGapReported>(new(Guid.NewGuid(), unitId, null, Guid.NewGuid(), at.AddHours(1), at));
        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.WithScopeAsync(sp => sp.GetRequiredService<DeadlineWatchPass>().RunAsync());
        Assert.Equal(2, await app.WithScopeAsync(sp => sp.GetRequiredService<SupervisionDbContext>().Deadlines
            .CountAsync(x => x.UnitId == unitId && x.State == DeadlineState.Overdue)));

        var overdue = await app.WithScopeAsync(sp => sp.GetRequiredService<ISupervisionFigures>().MostOverdueAsync(100));
        Assert.DoesNotContain(overdue, u => u.UnitId == unitId);
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
