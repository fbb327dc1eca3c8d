using Hotline.Evaluation.Contracts;

namespace Hotline.Handling.Redo;

/// <summary>
/// 重办: Evaluation sent the case back. The redo goes to the unit leading the case: the lead that replied, or, when
/// that unit has left the case since (reassigned, or its return approved), the unit the case was reassigned to. When no
/// unit leads the case (it waits in the dispatch queue after an approved return), the order waits as 重办待派 and the
/// next dispatch's lead takes it over (<see cref="RedoLanding.TakeOverOpenRedoAsync"/>). The one extension an
/// assignment may have is not given back.
/// </summary>
internal sealed class RedoRequestedHandler(HandlingDbContext context, TimeProvider clock, RedoLanding landing, HandlingLive live)
    : InboxEventHandler<RedoRequested, HandlingDbContext>(context, clock)
{
    protected override async Task ApplyAsync(RedoRequested e, CancellationToken cancellationToken)
    {
        var assignment = await Context.Assignments.FirstOrDefaultAsync(a => a.Id == e.LeadAssignmentId, cancellationToken)
            ?? throw new InvalidOperationException($"Redo for unknown lead assignment {e.LeadAssignmentId} of case {e.CaseNumber}.");
        // An older or repeated round is already past (orders made before redo orders were kept left only the assignment's round).
        if (assignment.RedoRound >= e.Round || await Context.RedoOrders.AnyAsync(o => o.CaseId == e.CaseId && o.Round >= e.Round, cancellationToken))
            return;
        // Evaluation orders no redo of a closed case: it closes only from a revisit or a decision, never while redoing.
        if (assignment.Status == HandlingStatus.Closed)
            return;

        var now = Clock.GetUtcNow().UtcDateTime;
        var order = RedoOrder.Ordered(e.CaseId, e.CaseNumber, e.Round, e.Reason, now);
        Context.RedoOrders.Add(order);
        var lead = assignment.IsLead && assignment.AcceptsRedo(e.Round) ? assignment : await RedoLanding.OpenLeadAsync(Context, e.CaseId, cancellationToken);
        var ended = await EndStepAsync(assignment, cancellationToken);
        if (lead is null)
        {
            var why = $"原主办单位{ended}，工单在派单队列中待重新派单，派出后由新的主办单位重办";
            order.AwaitDispatch(why);
            // The flow sheet's 重办待派 step is Dispatch's, which shows the case so in its queue.
            Context.Audit(Actor.System, Clock, "重办待派", "Case", e.CaseNumber, why);
            return;
        }

        await landing.LandAsync(Context, order, lead, now, lead.Id == assignment.Id ? null : $"原主办单位{ended}，重办交由现主办单位办理",
            cancellationToken);
        // The base class saves after this method; open pages refresh once the change is committed.
        await live.PublishAfterSaveAsync(Context, [lead.UnitId], cancellationToken);
    }

    /// <summary>How the replying lead's assignment ended, as its flow-sheet step says (e.g. 办理终止（改派）).</summary>
    private async Task<string> EndStepAsync(HandlingAssignment assignment, CancellationToken cancellationToken)
    {
        if (assignment.Status != HandlingStatus.Ended)
            return "";
        var step = await Context.Timeline.AsNoTracking()
            .Where(t => t.AssignmentId == assignment.Id && t.Action.StartsWith("办理终止"))
            .OrderByDescending(t => t.AtUtc).Select(t => t.Action).FirstOrDefaultAsync(cancellationToken);
        return step ?? "办理已终止";
    }
}
