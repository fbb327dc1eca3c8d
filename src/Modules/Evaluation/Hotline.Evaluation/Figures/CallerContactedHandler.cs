namespace Hotline.Evaluation.Figures;

/// <summary>Keeps each assignment's first contact for 响应率 (an assignment reaches the caller first only once).</summary>
internal sealed class CallerContactedHandler(EvaluationDbContext context, TimeProvider clock)
    : InboxEventHandler<CallerContacted, EvaluationDbContext>(context, clock)
{
    protected override async Task ApplyAsync(CallerContacted e, CancellationToken cancellationToken)
    {
        if (!await Context.FirstContacts.AnyAsync(k => k.AssignmentId == e.AssignmentId, cancellationToken))
            Context.FirstContacts.Add(new FirstContact { AssignmentId = e.AssignmentId, CaseId = e.CaseId, OnTime = e.OnTime });
    }
}
