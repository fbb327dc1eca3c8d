using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Knowledge.Contracts;
using Hotline.Platform.Messaging;
using Hotline.Supervision.Graded;

namespace Hotline.Supervision.Deadlines;

/// <summary>派单/改派: every assignment's three deadlines start (or move, when the same assignment is dispatched again).</summary>
internal sealed class CaseDispatchedWatch(SupervisionDbContext context, AutomaticSupervision automatic, TimeProvider clock)
    : InboxEventHandler<CaseDispatched, SupervisionDbContext>(context, clock)
{
    protected override async Task ApplyAsync(CaseDispatched e, CancellationToken ct)
    {
        foreach (var terms in e.Assignments)
        {
            await Track(e, terms, WatchedDeadlineKind.SignFor, terms.SignForDueUtc, ct);
            await Track(e, terms, WatchedDeadlineKind.FirstContact, terms.FirstContactDueUtc, ct);
            await Track(e, terms, WatchedDeadlineKind.Completion, terms.CompletionDueUtc, ct);
        }
        var repeat = await Context.RepeatRequests.FirstOrDefaultAsync(x => x.CaseId == e.CaseId && !x.Supervised, ct);
        if (repeat is not null && e.Assignments.FirstOrDefault(a => a.Role == AssignmentRole.Lead) is { } lead)
            await automatic.OnRepeatDispatchedAsync(new SupervisionWork(Context), repeat, lead, ct);
    }

    private async Task Track(CaseDispatched e, AssignmentTerms terms, WatchedDeadlineKind kind, DateTime due, CancellationToken ct)
    {
        var row = await Context.Deadlines.FirstOrDefaultAsync(x => x.AssignmentId == terms.AssignmentId && x.Kind == kind, ct);
        if (row is null)
            Context.Deadlines.Add(WatchedDeadline.Start(e.CaseId, e.CaseNumber, terms.AssignmentId, terms.UnitId, kind, due));
        else
            row.Move(due);
    }
}

/// <summary>重复诉求: a caller's repeated request on one matter is kept until dispatch names its lead unit.</summary>
internal sealed class CaseAcceptedWatch(SupervisionDbContext context, SupervisionSettingsService settings, TimeProvider clock)
    : InboxEventHandler<CaseAccepted, SupervisionDbContext>(context, clock)
{
    protected override async Task ApplyAsync(CaseAccepted e, CancellationToken ct)
    {
        if (e.RequestsOnSameMatter < (await settings.GetAsync(ct)).RepeatRequestThreshold
            || await Context.RepeatRequests.AnyAsync(x => x.CaseId == e.CaseId, ct))
            return;
        Context.RepeatRequests.Add(new RepeatRequest(e.CaseId, e.CaseNumber, e.RequestsOnSameMatter));
    }
}

/// <summary>二级派单: the sub-unit's assignment carries the parent's deadlines.</summary>
internal sealed class SubDispatchedWatch(SupervisionDbContext context, TimeProvider clock)
    : InboxEventHandler<AssignmentSubDispatched, SupervisionDbContext>(context, clock)
{
    protected override async Task ApplyAsync(AssignmentSubDispatched e, CancellationToken ct)
    {
        var parent = await Context.Deadlines.FirstOrDefaultAsync(x => x.AssignmentId == e.ParentAssignmentId, ct);
        var number = parent?.CaseNumber ?? "";
        var t = e.SubAssignment;
        foreach (var (kind, due) in new[] { (WatchedDeadlineKind.SignFor, t.SignForDueUtc), (WatchedDeadlineKind.FirstContact, t.FirstContactDueUtc), (WatchedDeadlineKind.Completion, t.CompletionDueUtc) })
        {
            if (!await Context.Deadlines.AnyAsync(x => x.AssignmentId == t.AssignmentId && x.Kind == kind, ct))
                Context.Deadlines.Add(WatchedDeadline.Start(e.CaseId, number, t.AssignmentId, t.UnitId, kind, due));
        }
    }
}

internal sealed class SignedWatch(SupervisionDbContext context, TimeProvider clock)
    : InboxEventHandler<AssignmentSigned, SupervisionDbContext>(context, clock)
{
    protected override Task ApplyAsync(AssignmentSigned e, CancellationToken ct) =>
        DeadlineSteps.MeetAsync(Context, e.AssignmentId, WatchedDeadlineKind.SignFor, e.SignedAtUtc, ct);
}

internal sealed class ContactedWatch(SupervisionDbContext context, TimeProvider clock)
    : InboxEventHandler<CallerContacted, SupervisionDbContext>(context, clock)
{
    protected override async Task ApplyAsync(CallerContacted e, CancellationToken ct)
    {
        // Contact implies sign-for already happened.
        await DeadlineSteps.MeetAsync(Context, e.AssignmentId, WatchedDeadlineKind.SignFor, e.ContactedAtUtc, ct);
        await DeadlineSteps.MeetAsync(Context, e.AssignmentId, WatchedDeadlineKind.FirstContact, e.ContactedAtUtc, ct);
    }
}

/// <summary>
/// The lead's accepted reply ends the case's running deadlines (the co-units' too: their part is over) and starts the
/// center's revisit.
/// </summary>
internal sealed class RepliedWatch(SupervisionDbContext context, CenterDeadlines center, TimeProvider clock)
    : InboxEventHandler<CaseReplied, SupervisionDbContext>(context, clock)
{
    protected override async Task ApplyAsync(CaseReplied e, CancellationToken ct)
    {
        var open = await DeadlineSteps.OpenOfCase(Context, e.CaseId).ToListAsync(ct);
        foreach (var row in open)
            row.Meet(e.RepliedAtUtc);
        await center.StartAsync(Context, e.CaseId, e.CaseNumber, e.AssignmentId, WatchedDeadlineKind.Revisit, e.RepliedAtUtc, ct);
    }
}

/// <summary>A dissatisfied revisit sends the case back for redo: the revisit was done.</summary>
internal sealed class RedoRequestedWatch(SupervisionDbContext context, TimeProvider clock)
    : InboxEventHandler<RedoRequested, SupervisionDbContext>(context, clock)
{
    protected override Task ApplyAsync(RedoRequested e, CancellationToken ct) =>
        DeadlineSteps.MeetAsync(Context, e.LeadAssignmentId, WatchedDeadlineKind.Revisit, e.AtUtc, ct);
}

/// <summary>延期申请: the center's decision is due within its limit.</summary>
internal sealed class ExtensionRequestedWatch(SupervisionDbContext context, CenterDeadlines center, TimeProvider clock)
    : InboxEventHandler<ExtensionRequested, SupervisionDbContext>(context, clock)
{
    protected override Task ApplyAsync(ExtensionRequested e, CancellationToken ct) =>
        center.StartAsync(Context, e.CaseId, null, e.AssignmentId, WatchedDeadlineKind.ExtensionDecision, e.AtUtc, ct);
}

/// <summary>退单申请: the center's review is due within its limit.</summary>
internal sealed class ReturnRequestedWatch(SupervisionDbContext context, CenterDeadlines center, TimeProvider clock)
    : InboxEventHandler<ReturnRequested, SupervisionDbContext>(context, clock)
{
    protected override Task ApplyAsync(ReturnRequested e, CancellationToken ct) =>
        center.StartAsync(Context, e.CaseId, null, e.AssignmentId, WatchedDeadlineKind.ReturnReview, e.AtUtc, ct);
}

internal sealed class ReturnDecidedWatch(SupervisionDbContext context, TimeProvider clock)
    : InboxEventHandler<ReturnDecided, SupervisionDbContext>(context, clock)
{
    protected override Task ApplyAsync(ReturnDecided e, CancellationToken ct) =>
        DeadlineSteps.MeetAsync(Context, e.AssignmentId, WatchedDeadlineKind.ReturnReview, e.AtUtc, ct);
}

/// <summary>知识缺失: the owning unit's fix is due in 5 working days; the row is keyed by the gap (no case, no assignment).</summary>
internal sealed class GapReportedWatch(SupervisionDbContext context, TimeProvider clock)
    : InboxEventHandler<KnowledgeGapReported, SupervisionDbContext>(context, clock)
{
    protected override async Task ApplyAsync(KnowledgeGapReported e, CancellationToken ct)
    {
        // Reported again: an editor sent the unit's reason back, and the gap runs to its original due time once more.
        var row = await Context.Deadlines.FirstOrDefaultAsync(x => x.AssignmentId == e.GapId && x.Kind == WatchedDeadlineKind.KnowledgeGapFix, ct);
        if (row is null)
            Context.Deadlines.Add(WatchedDeadline.Start(Guid.Empty, "", e.GapId, e.UnitId, WatchedDeadlineKind.KnowledgeGapFix, e.DueUtc));
        else
            row.Move(e.DueUtc);
    }
}

internal sealed class GapFixedWatch(SupervisionDbContext context, TimeProvider clock)
    : InboxEventHandler<KnowledgeGapFixed, SupervisionDbContext>(context, clock)
{
    protected override Task ApplyAsync(KnowledgeGapFixed e, CancellationToken ct) =>
        DeadlineSteps.MeetAsync(Context, e.GapId, WatchedDeadlineKind.KnowledgeGapFix, e.AtUtc, ct);
}

/// <summary>The center decided the extension; an approved one moves the completion deadline.</summary>
internal sealed class ExtensionWatch(SupervisionDbContext context, TimeProvider clock)
    : InboxEventHandler<ExtensionDecided, SupervisionDbContext>(context, clock)
{
    protected override async Task ApplyAsync(ExtensionDecided e, CancellationToken ct)
    {
        await DeadlineSteps.MeetAsync(Context, e.AssignmentId, WatchedDeadlineKind.ExtensionDecision, e.AtUtc, ct);
        if (!e.Approved || e.NewDueUtc is not { } due)
            return;
        var row = await Context.Deadlines.FirstOrDefaultAsync(x => x.AssignmentId == e.AssignmentId && x.Kind == WatchedDeadlineKind.Completion, ct);
        row?.Move(due);
    }
}

/// <summary>
/// 重办: the lead's completion deadline runs again from the redo (met or not before), so a late redo is watched too; a
/// round beyond the limit is supervised.
/// </summary>
internal sealed class RedoWatch(SupervisionDbContext context, AutomaticSupervision automatic, TimeProvider clock)
    : InboxEventHandler<RedoStarted, SupervisionDbContext>(context, clock)
{
    protected override async Task ApplyAsync(RedoStarted e, CancellationToken ct)
    {
        var row = await Context.Deadlines.FirstOrDefaultAsync(x => x.AssignmentId == e.AssignmentId && x.Kind == WatchedDeadlineKind.Completion, ct);
        row?.Move(e.CompletionDueUtc);
        await automatic.OnRedoAsync(new SupervisionWork(Context), e, row?.CaseNumber ?? "", ct);
    }
}

internal sealed class AssignmentsEndedWatch(SupervisionDbContext context, TimeProvider clock)
    : InboxEventHandler<AssignmentsEnded, SupervisionDbContext>(context, clock)
{
    protected override async Task ApplyAsync(AssignmentsEnded e, CancellationToken ct)
    {
        var ids = e.AssignmentIds.ToList();
        var rows = await Context.Deadlines.Where(x => ids.Contains(x.AssignmentId)).ToListAsync(ct);
        foreach (var row in rows)
            row.Cancel(e.AtUtc);
    }
}

internal sealed class CaseClosedWatch(SupervisionDbContext context, TimeProvider clock)
    : InboxEventHandler<CaseClosed, SupervisionDbContext>(context, clock)
{
    protected override async Task ApplyAsync(CaseClosed e, CancellationToken ct)
    {
        // Closing is the revisit done; whatever else still ran is moot.
        var open = await DeadlineSteps.OpenOfCase(Context, e.CaseId).ToListAsync(ct);
        foreach (var row in open)
        {
            if (row.Kind == WatchedDeadlineKind.Revisit)
                row.Meet(e.ClosedAtUtc);
            else
                row.Cancel(e.ClosedAtUtc);
        }
    }
}

internal static class DeadlineSteps
{
    private static readonly DeadlineState[] Open = [DeadlineState.Running, DeadlineState.Warned, DeadlineState.Overdue];

    public static IQueryable<WatchedDeadline> OpenOfCase(SupervisionDbContext context, Guid caseId) =>
        context.Deadlines.Where(x => x.CaseId == caseId && Open.Contains(x.State));

    public static async Task MeetAsync(SupervisionDbContext context, Guid assignmentId, WatchedDeadlineKind kind, DateTime at, CancellationToken ct)
    {
        var row = await context.Deadlines.FirstOrDefaultAsync(x => x.AssignmentId == assignmentId && x.Kind == kind, ct);
        row?.Meet(at);
    }
}
