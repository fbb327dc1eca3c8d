using Hotline.Handling.Replies;

namespace Hotline.Handling.ResultNotice;

/// <summary>告知诉求人办理结果 (002 第十三条㈡): within 1 day after the lead's reply was accepted, unless the caller asked for no reply.</summary>
internal sealed class ResultNoticeService(
    IDbContextFactory<HandlingDbContext> contexts,
    OutcomeGuard guard,
    HandlingLive live,
    TimeProvider clock)
{
    public const int NoteMax = ReplyApprovals.NoteMax;

    public async Task RecordAsync(Guid assignmentId, ContactMethod method, string? note, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(method))
            throw new BusinessRuleException("请选择告知方式。");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (assignment, user) = await guard.OwnAsync(db, assignmentId, cancellationToken);
        var noteText = string.IsNullOrWhiteSpace(note) ? null : RequiredText.Of(note, "告知情况", NoteMax);
        if (!assignment.IsLead || assignment.Status != HandlingStatus.Replied)
            throw new BusinessRuleException("主办单位答复通过后才能记录告知诉求人结果。");
        if (!assignment.CallerReachable)
            throw new BusinessRuleException("诉求人未留联系方式，无法告知。");
        var now = clock.GetUtcNow().UtcDateTime;
        var notice = await StateAsync(db, assignment, now, cancellationToken)
            ?? throw new BusinessRuleException("本轮答复尚未通过。");
        if (notice.NotifiedAtUtc is not null)
            throw new BusinessRuleException("已记录告知诉求人结果，无需重复记录。");

        db.Contacts.Add(CallerContact.ResultNotice(assignment, method, noteText, now, user.Actor.UserName));
        var onTime = !notice.Required || now <= notice.DueUtc;
        db.AddTimeline(assignment, user.Actor, now, "告知诉求人办理结果",
            method.DisplayName() + (noteText is null ? "" : "；" + noteText), notice.Required ? notice.DueUtc : null, notice.Required ? onTime : null);
        db.Audit(user.Actor, clock, "告知诉求人办理结果", "Assignment", assignment.CaseNumber, null);
        // The assignment's version guards against two users recording the notice at once.
        db.Entry(assignment).Property(a => a.Version).IsModified = true;
        await live.PublishAfterSaveAsync(db, [assignment.UnitId], cancellationToken);
        await db.SaveOrConflictAsync("已由他人记录告知诉求人结果，请刷新后查看。", cancellationToken);
    }

    /// <summary>The notice due for the round's accepted reply (null before it is accepted), and whether it was given in time.</summary>
    public static async Task<ResultNoticeState?> StateAsync(HandlingDbContext db, HandlingAssignment assignment, DateTime now, CancellationToken cancellationToken)
    {
        var accepted = await db.Replies.AsNoTracking()
            .Where(r => r.AssignmentId == assignment.Id && r.Round == assignment.RedoRound && r.Status == ReplyStatus.Accepted)
            .OrderByDescending(r => r.DecidedAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (accepted?.DecidedAtUtc is not { } completedAt)
            return null;
        var notifiedAt = await db.Contacts.AsNoTracking()
            .Where(c => c.AssignmentId == assignment.Id && c.IsResultNotice && c.ContactedAtUtc >= completedAt)
            .OrderBy(c => c.ContactedAtUtc).Select(c => (DateTime?)c.ContactedAtUtc).FirstOrDefaultAsync(cancellationToken);
        var required = !accepted.CallerDeclinedCallback && assignment.CallerReachable;
        var due = ResultNoticeRule.DueUtc(completedAt);
        return new ResultNoticeState(required, due, notifiedAt,
            required && notifiedAt is { } at && at > due, required && notifiedAt is null && now > due);
    }
}
