using Hotline.Handling.Replies;

namespace Hotline.Handling.Inbox;

/// <summary>退单 approved or 改派: the assignments (and their sub-assignments) become read-only.</summary>
internal sealed class AssignmentsEndedHandler(HandlingDbContext db, TimeProvider clock, HandlingLive live)
    : InboxEventHandler<AssignmentsEnded, HandlingDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AssignmentsEnded e, CancellationToken cancellationToken)
    {
        var ids = e.AssignmentIds.ToList();
        var ended = await Context.Assignments
            .Where(a => a.CaseId == e.CaseId && (ids.Contains(a.Id) || a.ParentAssignmentId != null && ids.Contains(a.ParentAssignmentId.Value)))
            .Where(a => a.Status != HandlingStatus.Ended && a.Status != HandlingStatus.Closed)
            .ToListAsync(cancellationToken);
        var endedIds = ended.Select(a => a.Id).ToList();
        await Context.WithdrawPendingRepliesAsync(endedIds, e.AtUtc, $"办理已终止（{e.Reason.DisplayName()}），答复作废", cancellationToken);
        foreach (var a in ended)
        {
            a.End(e.AtUtc);
            Context.AddTimeline(a, Actor.System, e.AtUtc, $"办理终止（{e.Reason.DisplayName()}）", e.Detail);
        }
        await live.PublishAfterSaveAsync(Context, ended.Select(a => a.UnitId), cancellationToken);
    }
}
