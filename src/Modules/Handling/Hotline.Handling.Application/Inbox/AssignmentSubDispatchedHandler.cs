
namespace Hotline.Handling.Inbox;

/// <summary>二级派单: the sub-unit gets its own assignment; the parent stays responsible and approves its reply.</summary>
internal sealed class AssignmentSubDispatchedHandler(HandlingDbContext db, TimeProvider clock, HandlingLive live, IUnitDirectory units, IStaffDirectory directory)
    : InboxEventHandler<AssignmentSubDispatched, HandlingDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AssignmentSubDispatched e, CancellationToken cancellationToken)
    {
        if (await Context.Assignments.AnyAsync(a => a.Id == e.SubAssignment.AssignmentId, cancellationToken))
            return;
        // Dispatch publishes the parent's CaseDispatched first; a missing parent is an ordering fault to retry.
        var parent = await Context.Assignments.FirstOrDefaultAsync(a => a.Id == e.ParentAssignmentId, cancellationToken)
            ?? throw new InvalidOperationException($"Parent assignment {e.ParentAssignmentId} is unknown to Handling.");
        var sub = AssignmentFactory.Sub(parent, e);
        Context.Assignments.Add(sub);
        await AssignmentNotices.QueueNewAssignmentAsync(Context, directory, Clock, sub, cancellationToken);
        var subUnit = await units.GetUnitAsync(e.SubAssignment.UnitId, cancellationToken);
        Context.AddTimeline(parent, new Actor(null, e.By, null), e.AtUtc, "二级派单",
            $"交由{subUnit?.Name ?? "下级单位"}具体办理" + (string.IsNullOrWhiteSpace(e.Note) ? "" : $"：{e.Note}"));
        await live.PublishAfterSaveAsync(Context, [parent.UnitId, e.SubAssignment.UnitId], cancellationToken);
    }
}
