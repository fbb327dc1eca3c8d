namespace Hotline.Dispatch.Dispatching;

/// <summary>An accepted case enters the dispatch queue with what routing and deadlines need.</summary>
internal sealed class CaseAcceptedHandler(DispatchDbContext context, TimeProvider clock, LiveUpdates live)
    : DispatchEventHandler<CaseAccepted>(context, clock, live)
{
    protected override async Task ApplyAsync(CaseAccepted e, CancellationToken cancellationToken)
    {
        if (await Context.Cases.AnyAsync(c => c.CaseId == e.CaseId, cancellationToken))
            return;
        Context.Cases.Add(new DispatchCase
        {
            CaseId = e.CaseId,
            CaseNumber = e.CaseNumber,
            RequestType = e.RequestType,
            CategoryId = e.CategoryId,
            AreaId = e.AreaId,
            Urgency = e.Urgency,
            IsConfidential = e.IsConfidential,
            SubjectUnitId = e.SubjectUnitId,
            CallerReachable = e.CallerReachable,
            Summary = e.Summary.Length > 200 ? e.Summary[..200] : e.Summary,
            RegisteredAtUtc = e.RegisteredAtUtc,
            // The event's time, not delivery time: a case delayed in the outbox still waited since acceptance.
            QueuedAtUtc = e.OccurredAtUtc == default ? Clock.GetUtcNow().UtcDateTime : e.OccurredAtUtc,
        });
        Topics.Add(DispatchTopics.Queue);
    }
}
