using Hotline.Handling.Redo;

namespace Hotline.Handling.Inbox;

/// <summary>
/// 派单: opens one assignment per unit, awaiting sign-for, with the deadlines Dispatch computed. A new lead takes over a
/// redo that no unit is handling (重办待派, or its unit left the case before replying), with the redo's deadline.
/// </summary>
internal sealed class CaseDispatchedHandler(HandlingDbContext db, TimeProvider clock, HandlingLive live, IStaffDirectory directory, RedoLanding redo)
    : InboxEventHandler<CaseDispatched, HandlingDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CaseDispatched e, CancellationToken cancellationToken)
    {
        var ids = e.Assignments.Select(t => t.AssignmentId).ToList();
        var existing = await Context.Assignments.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var terms in e.Assignments.Where(t => !existing.Contains(t.AssignmentId)))
        {
            var assignment = AssignmentFactory.Open(e, terms, terms.ParentAssignmentId);
            Context.Assignments.Add(assignment);
            await AssignmentNotices.QueueNewAssignmentAsync(Context, directory, Clock, assignment, cancellationToken);
            if (assignment.IsLead)
                await redo.TakeOverOpenRedoAsync(Context, assignment, e.DispatchedAtUtc, cancellationToken);
        }
        await live.PublishAfterSaveAsync(Context, e.Assignments.Select(t => t.UnitId), cancellationToken);
    }
}
