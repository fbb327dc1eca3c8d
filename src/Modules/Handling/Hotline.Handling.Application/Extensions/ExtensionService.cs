using Hotline.Platform.Calendar;
using Hotline.Platform.Notifications;

namespace Hotline.Handling.Extensions;

/// <summary>延期: the lead unit applies once, before its deadline; the center approves (the deadline moves) or refuses.</summary>
internal sealed class ExtensionService(
    IDbContextFactory<HandlingDbContext> contexts,
    OutcomeGuard guard,
    AccessGate gate,
    IUnitDirectory units,
    IWorkingCalendar calendar,
    HandlingLive handlingLive,
    LiveUpdates live,
    TimeProvider clock)
{
    public const int ReasonMax = 2000;
    public const int NoteMax = 1000;

    /// <summary>The center's list of extension requests refreshes on this topic.</summary>
    public const string LiveTopic = "handling:extensions";

    public async Task<ExtensionView> ForAssignmentAsync(Guid assignmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (assignment, user) = await guard.InScopeAsync(db, assignmentId, cancellationToken);
        var request = await db.Extensions.AsNoTracking().Where(e => e.AssignmentId == assignmentId)
            .OrderByDescending(e => e.RequestedAtUtc).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var refusal = ExtensionTerms.Refusal(assignment, request, now);
        Deadline? proposed = refusal is null && assignment.CompletionWorkingDays > 0
            ? await calendar.DueAfterWorkingDaysAsync(ExtensionTerms.CountFrom(assignment.CompletionDueUtc), assignment.CompletionWorkingDays, cancellationToken)
            : null;
        var row = request is null ? null : (await ToRowsAsync([(request, assignment)], cancellationToken))[0];
        return new ExtensionView(assignment.Id, assignment.Version, assignment.UnitId == user.UnitId && assignment.IsLead, assignment.CompletionDueUtc,
            assignment.CompletionWorkingDays, assignment.Extended, row, refusal, proposed?.DueUtc, proposed?.BeyondCalendar ?? false);
    }

    /// <returns>The requested new completion deadline.</returns>
    public async Task<DateTime> RequestAsync(Guid assignmentId, Guid assignmentVersion, string? reason, string? measures,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (assignment, user) = await guard.OwnAsync(db, assignmentId, cancellationToken);
        var reasonText = RequiredText.Of(reason, "延期理由", ReasonMax);
        var measuresText = RequiredText.Of(measures, "已采取的措施", ReasonMax);
        var previous = await db.Extensions.Where(e => e.AssignmentId == assignmentId)
            .OrderByDescending(e => e.RequestedAtUtc).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        ExtensionTerms.Require(assignment, previous, now);
        if (assignment.CompletionWorkingDays < 1)
            throw new BusinessRuleException("该工单没有按工作日计算的办结时限，不能申请延期。");
        var due = await calendar.DueAfterWorkingDaysAsync(ExtensionTerms.CountFrom(assignment.CompletionDueUtc), assignment.CompletionWorkingDays, cancellationToken);

        var request = ExtensionRequest.Request(assignment, previous, reasonText, measuresText, due.DueUtc, now, user.Actor.UserName);
        db.Extensions.Add(request);
        // Touching the assignment's version makes a second request submitted at the same moment fail instead of adding another row.
        db.Entry(assignment).Property(a => a.Version).OriginalValue = assignmentVersion;
        db.Entry(assignment).Property(a => a.Version).IsModified = true;
        db.AddTimeline(assignment, user.Actor, now, "申请延期",
            $"理由：{reasonText}；已采取措施：{measuresText}；申请延至 {ChinaTime.Format(due.DueUtc)}", assignment.CompletionDueUtc, true);
        db.Audit(user.Actor, clock, "申请延期", "Assignment", assignment.CaseNumber, $"延至 {ChinaTime.Format(due.DueUtc)}");
        db.Publish(new ExtensionRequested(request.Id, assignment.Id, assignment.CaseId, assignment.UnitId, due.DueUtc, now), clock);
        await PublishAfterSaveAsync(db, assignment, cancellationToken);
        await SaveAsync(db, "该工单已被他人处理（可能已提交延期申请），请刷新后重试。", cancellationToken);
        return due.DueUtc;
    }

    public async Task DecideAsync(Guid extensionId, Guid extensionVersion, bool approve, string? note, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(HandlingAccess.CenterDeciders);
        var noteText = approve
            ? (string.IsNullOrWhiteSpace(note) ? null : RequiredText.Of(note, "审批意见", NoteMax))
            : RequiredText.Of(note, "驳回理由", NoteMax);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.Extensions.FirstOrDefaultAsync(e => e.Id == extensionId, cancellationToken)
            ?? throw new BusinessRuleException("延期申请不存在。");
        request.RequirePending();
        var assignment = await db.Assignments.FirstAsync(a => a.Id == request.AssignmentId, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        db.Entry(request).Property(e => e.Version).OriginalValue = extensionVersion;
        if (approve)
        {
            var oldDue = assignment.CompletionDueUtc;
            request.Approve(assignment, now, actor.UserName, noteText);
            await MoveSubAssignmentsAsync(db, assignment.Id, oldDue, request.RequestedDueUtc, cancellationToken);
            db.AddTimeline(assignment, actor, now, "批准延期",
                $"办结时限由 {ChinaTime.Format(oldDue)} 延至 {ChinaTime.Format(request.RequestedDueUtc)}" + (noteText is null ? "" : "；" + noteText));
        }
        else
        {
            request.Refuse(now, actor.UserName, noteText!);
            db.AddTimeline(assignment, actor, now, "驳回延期", "驳回理由：" + noteText);
        }
        db.Audit(actor, clock, approve ? "批准延期" : "驳回延期", "ExtensionRequest", request.Id.ToString(), $"{assignment.CaseNumber} {noteText}");
        db.Publish(new ExtensionDecided(request.Id, assignment.Id, assignment.CaseId, assignment.UnitId, approve,
            approve ? request.RequestedDueUtc : null, request.Measures, now), clock);
        await PublishAfterSaveAsync(db, assignment, cancellationToken);
        await SaveAsync(db, "该延期申请已被他人审批，请刷新后查看。", cancellationToken);
    }

    public async Task<(IReadOnlyList<ExtensionRow> Rows, int Total)> ListAsync(ExtensionListFilter filter, int page, int pageSize,
        CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(HandlingAccess.CenterDeciders);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = from e in db.Extensions.AsNoTracking()
                    join a in db.Assignments.AsNoTracking() on e.AssignmentId equals a.Id
                    select new { e, a };
        query = filter switch
        {
            ExtensionListFilter.Pending => query.Where(x => x.e.Status == ExtensionStatus.Pending),
            ExtensionListFilter.Approved => query.Where(x => x.e.Status == ExtensionStatus.Approved),
            ExtensionListFilter.Refused => query.Where(x => x.e.Status == ExtensionStatus.Refused),
            _ => query,
        };
        var total = await query.CountAsync(cancellationToken);
        // Pending requests: the oldest waits longest; decided ones: the latest first.
        query = filter == ExtensionListFilter.Pending ? query.OrderBy(x => x.e.RequestedAtUtc) : query.OrderByDescending(x => x.e.RequestedAtUtc);
        var items = await query.Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (await ToRowsAsync(items.Select(x => (x.e, x.a)).ToList(), cancellationToken), total);
    }

    public async Task<int> PendingCountAsync(CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(HandlingAccess.CenterDeciders);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Extensions.CountAsync(e => e.Status == ExtensionStatus.Pending, cancellationToken);
    }

    /// <summary>Sub-units work to the parent's deadline, so an approved extension moves theirs with it.</summary>
    private static async Task MoveSubAssignmentsAsync(HandlingDbContext db, Guid parentId, DateTime oldDue, DateTime newDue, CancellationToken cancellationToken)
    {
        var parents = new List<Guid> { parentId };
        while (parents.Count > 0)
        {
            var children = await db.Assignments
                .Where(a => a.ParentAssignmentId != null && parents.Contains(a.ParentAssignmentId.Value)
                            && a.Status != HandlingStatus.Ended && a.Status != HandlingStatus.Closed)
                .ToListAsync(cancellationToken);
            foreach (var child in children.Where(c => c.CompletionDueUtc <= oldDue))
                child.CompletionDueUtc = newDue;
            parents = children.Select(c => c.Id).ToList();
        }
    }

    private async Task<IReadOnlyList<ExtensionRow>> ToRowsAsync(IReadOnlyList<(ExtensionRequest E, HandlingAssignment A)> items, CancellationToken cancellationToken)
    {
        var names = (await units.GetUnitsAsync(items.Select(x => x.E.UnitId).Distinct(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        return items.Select(x => new ExtensionRow(x.E.Id, x.E.Version, x.A.Id, x.A.CaseId, x.A.CaseNumber, x.A.Summary, x.E.UnitId,
            names.GetValueOrDefault(x.E.UnitId, "（未知单位）"), x.E.Reason, x.E.Measures, x.E.CurrentDueUtc, x.E.RequestedDueUtc,
            x.E.RequestedAtUtc, x.E.RequestedBy, x.E.Status, x.E.DecidedAtUtc, x.E.DecidedBy, x.E.DecisionNote)).ToList();
    }

    private static Task SaveAsync(HandlingDbContext db, string conflictMessage, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync(conflictMessage, cancellationToken);

    private async Task PublishAfterSaveAsync(HandlingDbContext db, HandlingAssignment assignment, CancellationToken cancellationToken)
    {
        await handlingLive.PublishAfterSaveAsync(db, [assignment.UnitId], cancellationToken);
        db.SavedChanges += (_, _) => live.Publish(LiveTopic);
    }
}
