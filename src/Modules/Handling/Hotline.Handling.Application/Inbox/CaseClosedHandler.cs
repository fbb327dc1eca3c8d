using Hotline.Evaluation.Contracts;
using Hotline.Handling.Replies;

namespace Hotline.Handling.Inbox;

/// <summary>办结: every assignment of the case still on record becomes read-only.</summary>
internal sealed class CaseClosedHandler(HandlingDbContext db, TimeProvider clock, HandlingLive live)
    : InboxEventHandler<CaseClosed, HandlingDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CaseClosed e, CancellationToken cancellationToken)
    {
        var open = await Context.Assignments
            .Where(a => a.CaseId == e.CaseId && a.Status != HandlingStatus.Ended && a.Status != HandlingStatus.Closed)
            .ToListAsync(cancellationToken);
        await Context.WithdrawPendingRepliesAsync(open.Select(a => a.Id).ToList(), e.ClosedAtUtc, "工单已办结，答复作废", cancellationToken);
        foreach (var a in open)
            a.Close(e.ClosedAtUtc);
        await live.PublishAfterSaveAsync(Context, open.Select(a => a.UnitId), cancellationToken);
    }
}
