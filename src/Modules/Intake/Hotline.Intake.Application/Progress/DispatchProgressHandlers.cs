using Hotline.Dispatch.Contracts;
using Hotline.Platform.Messaging;

namespace Hotline.Intake.Progress;

/// <summary>派单 (and 改派): the case is with the member units.</summary>
internal sealed class OnCaseDispatched(IntakeDbContext db, TimeProvider clock) : InboxEventHandler<CaseDispatched, IntakeDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CaseDispatched e, CancellationToken cancellationToken)
    {
        var lead = e.Assignments.FirstOrDefault(a => a.Role == AssignmentRole.Lead && a.ParentAssignmentId == null);
        // Every dispatch opens new assignments: its lead's (or, without one, its first) names it.
        var fact = $"dispatched:{(lead ?? e.Assignments[0]).AssignmentId}";
        if (await Context.OpenCaseForAsync(e.CaseId, fact, cancellationToken) is not { } c)
            return;
        Context.Step(c.RecordDispatch(lead?.UnitId), c, fact, e.DispatchedAtUtc, e.IsReassignment ? "改派" : "派单",
                $"{e.DispatchedBy} {(e.IsReassignment ? "改派" : "派单")}至 {e.Assignments.Count} 个单位", "您的诉求已转交承办单位办理");
    }
}

/// <summary>An approved return of the lead sends the case back to the dispatch queue.</summary>
internal sealed class OnAssignmentsEnded(IntakeDbContext db, TimeProvider clock) : InboxEventHandler<AssignmentsEnded, IntakeDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AssignmentsEnded e, CancellationToken cancellationToken)
    {
        if (!e.CaseBackInQueue || e.AssignmentIds.Count == 0)
            return;
        // An assignment ends once, so any of the ended ones names the end; the smallest is the same in every copy.
        var fact = $"ended:{e.AssignmentIds.Min()}";
        if (await Context.OpenCaseForAsync(e.CaseId, fact, cancellationToken) is not { } c)
            return;
        Context.Step(c.RecordBackInDispatchQueue(), c, fact, e.AtUtc, "退回待派单", e.Detail, "您的诉求正在重新确定承办单位");
    }
}
