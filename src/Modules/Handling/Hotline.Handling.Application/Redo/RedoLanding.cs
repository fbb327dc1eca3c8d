using Hotline.Handling.Replies;
using Hotline.Handling.Settings;
using Hotline.Platform.Calendar;

namespace Hotline.Handling.Redo;

/// <summary>
/// Where a redo lands (重办下达): on the assignment of the unit leading the case, with a new completion deadline from the
/// calendar (the configured redo limit, by default the assignment's original limit). Used when Evaluation sends the case
/// back, and when a new lead is dispatched while a redo is open (the lead's return was approved, or the redo's unit was
/// replaced before it replied): that lead takes the redo over.
/// </summary>
internal sealed class RedoLanding(TimeProvider clock, IWorkingCalendar calendar, HandlingSettingsService settings)
{
    /// <summary>The case's lead assignment a unit can still act on (the latest dispatched), or null when no unit leads it.</summary>
    public static Task<HandlingAssignment?> OpenLeadAsync(HandlingDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        db.Assignments
            .Where(a => a.CaseId == caseId && a.Role == AssignmentRole.Lead && a.ParentAssignmentId == null
                && a.Status != HandlingStatus.Ended && a.Status != HandlingStatus.Closed)
            .OrderByDescending(a => a.DispatchedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Lands <paramref name="order"/> on <paramref name="lead"/>; <paramref name="takenOverFrom"/> says why another unit had it first.</summary>
    public async Task LandAsync(HandlingDbContext db, RedoOrder order, HandlingAssignment lead, DateTime now, string? takenOverFrom,
        CancellationToken cancellationToken)
    {
        var days = (await settings.GetAsync(cancellationToken)).RedoWorkingDays ?? lead.CompletionWorkingDays;
        var due = await calendar.DueAfterWorkingDaysAsync(now, Math.Max(1, days), cancellationToken);
        // A reply of the earlier round still waiting for approval no longer answers anything.
        await db.WithdrawPendingRepliesAsync([lead.Id], now, "工单已发回重办，答复作废", cancellationToken);
        order.LandOn(lead, due.DueUtc, now);
        // Evaluation's 发回重办 is the agent's act; this step is what it sets for the unit: the round and the new limit.
        db.AddTimeline(lead, Actor.System, now, "重办下达",
            $"第{order.Round}次重办：{order.Reason}；办结时限 {ChinaTime.Format(due.DueUtc)}" + (takenOverFrom is null ? "" : $"；{takenOverFrom}"),
            due.DueUtc);
        db.Publish(new RedoStarted(lead.Id, lead.CaseId, lead.UnitId, order.Round, due.DueUtc, now), clock);
        db.Audit(Actor.System, clock, "发回重办", "HandlingAssignment", lead.Id.ToString(), $"{order.CaseNumber} 第{order.Round}次");
    }

    /// <summary>
    /// A new lead was dispatched: it takes over the case's latest redo when that one waits for a dispatch, or its unit
    /// left the case (returned or reassigned) before replying in the round.
    /// </summary>
    /// <returns>True when the new lead took a redo over.</returns>
    public async Task<bool> TakeOverOpenRedoAsync(HandlingDbContext db, HandlingAssignment lead, DateTime now, CancellationToken cancellationToken)
    {
        var order = await db.RedoOrders.Where(o => o.CaseId == lead.CaseId).OrderByDescending(o => o.Round).FirstOrDefaultAsync(cancellationToken);
        if (order is null || !lead.AcceptsRedo(order.Round))
            return false;
        string takenOver;
        if (order.Status == RedoOrderStatus.AwaitingDispatch)
            takenOver = "原主办单位已退单，重办随本次派单交由本单位办理";
        else
        {
            var holder = await db.Assignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == order.AssignmentId, cancellationToken);
            // Still with its unit, closed with the case, or answered: nothing to take over.
            if (holder is null || holder.Id == lead.Id || holder.Status == HandlingStatus.Closed
                || await db.Replies.AnyAsync(r => r.AssignmentId == holder.Id && r.Round == order.Round && r.Status == ReplyStatus.Accepted, cancellationToken))
                return false;
            takenOver = "原重办单位未答复即已改派，重办交由本单位接续办理";
        }
        await LandAsync(db, order, lead, now, takenOver, cancellationToken);
        return true;
    }
}
