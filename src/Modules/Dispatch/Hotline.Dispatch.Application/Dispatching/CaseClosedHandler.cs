using Hotline.Evaluation.Contracts;

namespace Hotline.Dispatch.Dispatching;

/// <summary>办结: Dispatch stops acting on the case; its active assignments end normally.</summary>
internal sealed class CaseClosedHandler(DispatchDbContext context, TimeProvider clock, LiveUpdates live)
    : DispatchEventHandler<CaseClosed>(context, clock, live)
{
    protected override async Task ApplyAsync(CaseClosed e, CancellationToken cancellationToken)
    {
        var dispatchCase = await Context.Cases.FirstOrDefaultAsync(c => c.CaseId == e.CaseId, cancellationToken);
        if (dispatchCase is null)
            return;
        var wasQueued = dispatchCase.Finish();
        var active = await Context.Assignments
            .Where(a => a.CaseId == e.CaseId && a.Status == AssignmentStatus.Active)
            .ToListAsync(cancellationToken);
        foreach (var assignment in active)
            assignment.Finish(e.ClosedAtUtc);
        if (wasQueued)
            Topics.Add(DispatchTopics.Queue);
        Topics.Add(DispatchTopics.Case(e.CaseId));
    }
}
