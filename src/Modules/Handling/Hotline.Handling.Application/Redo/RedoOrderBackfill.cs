using Hotline.Handling.Deadlines;
using Microsoft.Extensions.Logging;

namespace Hotline.Handling.Redo;

/// <summary>
/// Redo orders for the redos under way when orders began to be kept (the RedoOrders migration): until then the lead's
/// assignment alone carried the round and the reason, so a redo begun before the upgrade had no order, and a new lead
/// dispatched after it (the unit reassigned, or its return approved) did not take it over. Runs at every start; an
/// assignment whose case has an order of its round or a later one is skipped, so it writes each order once.
/// </summary>
/// <remarks>
/// Only redos still owed are recovered: the lead is open and has not answered the round. A redo whose unit had already
/// left the case before the upgrade was dropped by the code of the time (the assignment never took the round), so
/// Handling's tables do not hold it.
/// </remarks>
internal sealed class RedoOrderBackfill(HandlingDbContext db, TimeProvider clock, ILogger<RedoOrderBackfill> log)
{
    /// <returns>How many orders were written.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Open assignments are few (the deadline board reads them by status the same way).
        var leads = await db.Assignments.AsNoTracking()
            .Where(a => AssignmentDeadlines.Open.Contains(a.Status) && a.RedoRound > 0
                && a.Role == AssignmentRole.Lead && a.ParentAssignmentId == null
                && !db.RedoOrders.Any(o => o.CaseId == a.CaseId && o.Round >= a.RedoRound))
            .ToListAsync(cancellationToken);
        if (leads.Count == 0)
            return 0;

        var ids = leads.Select(a => a.Id).ToList();
        // The 重办下达 step was written with the redo: when it landed.
        var landed = await db.Timeline.AsNoTracking()
            .Where(t => t.AssignmentId != null && ids.Contains(t.AssignmentId.Value) && t.Action == "重办下达")
            .GroupBy(t => t.AssignmentId!.Value)
            .Select(g => new { AssignmentId = g.Key, AtUtc = g.Max(t => t.AtUtc) })
            .ToDictionaryAsync(x => x.AssignmentId, x => x.AtUtc, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        // One lead per case, as the unique (case, round) order allows: the latest round, then the latest dispatched.
        var owed = leads.GroupBy(a => a.CaseId)
            .Select(g => g.OrderByDescending(a => a.RedoRound).ThenByDescending(a => a.DispatchedAtUtc).First()).ToList();
        foreach (var lead in owed)
        {
            // Without its step (never seen: it was saved with the redo) the order is dated by this run.
            db.RedoOrders.Add(RedoOrder.LandedBeforeOrdersWereKept(lead, landed.GetValueOrDefault(lead.Id, now)));
            db.Audit(Actor.System, clock, "补录重办单", "HandlingAssignment", lead.Id.ToString(), $"{lead.CaseNumber} 第{lead.RedoRound}次");
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Another node starting at the same moment wrote them (the order is unique per case and round): nothing is owed.
            log.LogWarning(ex, "Redo orders were backfilled by another node; this start skips them");
            return 0;
        }
        log.LogInformation("Redo orders backfilled for {Count} redos begun before orders were kept", owed.Count);
        return owed.Count;
    }
}
