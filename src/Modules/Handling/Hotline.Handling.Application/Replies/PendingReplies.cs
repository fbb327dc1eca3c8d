namespace Hotline.Handling.Replies;

internal static class PendingReplies
{
    /// <summary>
    /// A reply still waiting for approval when its assignment ends (returned, reassigned, recalled, closed)
    /// must never be approved afterwards: it would report a reply for a unit no longer on the case.
    /// </summary>
    public static async Task WithdrawPendingRepliesAsync(this HandlingDbContext db, IReadOnlyList<Guid> assignmentIds, DateTime atUtc, string note,
        CancellationToken cancellationToken)
    {
        var pending = await db.Replies
            .Where(r => assignmentIds.Contains(r.AssignmentId) && r.Status == ReplyStatus.AwaitingApproval)
            .ToListAsync(cancellationToken);
        foreach (var reply in pending)
            reply.Withdraw(atUtc, note);
    }
}
