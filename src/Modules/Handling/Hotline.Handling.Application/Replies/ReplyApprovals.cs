namespace Hotline.Handling.Replies;

/// <summary>
/// The decision on a reply that waits: the unit manager (or the parent unit, for a sub-unit's reply) approves it, which
/// accepts it as if it had just been given, or sends it back for changes with a reason.
/// </summary>
internal sealed class ReplyApprovals(
    IDbContextFactory<HandlingDbContext> contexts,
    OutcomeGuard guard,
    ReplyAcceptance acceptance,
    HandlingLive live,
    TimeProvider clock)
{
    public const int NoteMax = 1000;

    public Task ApproveAsync(Guid replyId, Guid replyVersion, string? note, CancellationToken cancellationToken = default) =>
        DecideAsync(replyId, replyVersion, approve: true, note, cancellationToken);

    public Task RejectAsync(Guid replyId, Guid replyVersion, string? reason, CancellationToken cancellationToken = default) =>
        DecideAsync(replyId, replyVersion, approve: false, reason, cancellationToken);

    private async Task DecideAsync(Guid replyId, Guid replyVersion, bool approve, string? rawNote, CancellationToken cancellationToken)
    {
        var user = await guard.UnitUserAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reply = await db.Replies.FirstOrDefaultAsync(r => r.Id == replyId, cancellationToken)
            ?? throw new BusinessRuleException("答复不存在。");
        var assignment = await db.Assignments.FirstAsync(a => a.Id == reply.AssignmentId, cancellationToken);
        if (!await acceptance.MayDecideAsync(db, assignment, user, cancellationToken))
            throw new UnauthorizedAccessException("您无权审核该答复：答复由本单位负责人或上级单位审核。");
        reply.RequireAwaiting(assignment);
        var note = approve
            ? (string.IsNullOrWhiteSpace(rawNote) ? null : RequiredText.Of(rawNote, "审核意见", NoteMax))
            : RequiredText.Of(rawNote, "退回修改的理由", NoteMax);

        var now = clock.GetUtcNow().UtcDateTime;
        db.Entry(reply).Property(r => r.Version).OriginalValue = replyVersion;
        var touched = new List<HandlingAssignment> { assignment };
        if (approve)
        {
            reply.Approve(assignment, now, user.Actor.UserName, note);
            touched.AddRange(await acceptance.AcceptAsync(db, assignment, reply, user.Actor, now, cancellationToken));
        }
        else
        {
            reply.Reject(assignment, now, user.Actor.UserName, note!);
            db.AddTimeline(assignment, user.Actor, now, "退回答复修改", "理由：" + note, assignment.CompletionDueUtc);
        }
        db.Audit(user.Actor, clock, approve ? "审核通过答复" : "退回答复修改", "Reply", reply.Id.ToString(), $"{assignment.CaseNumber} {note}");
        await live.PublishAfterSaveAsync(db, touched.Select(a => a.UnitId), cancellationToken);
        await ReplyAcceptance.SaveAsync(db, "该答复已被他人审核，请刷新后查看。", cancellationToken);
    }
}
