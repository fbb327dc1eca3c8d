
namespace Hotline.Handling.Inbox;

/// <summary>派单: opens one assignment per unit, awaiting sign-for, with the deadlines Dispatch computed.</summary>
internal sealed class CaseDispatchedHandler(HandlingDbContext db, TimeProvider clock, HandlingLive live, IStaffDirectory directory)
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
        }
        await live.PublishAfterSaveAsync(Context, e.Assignments.Select(t => t.UnitId), cancellationToken);
    }
}
