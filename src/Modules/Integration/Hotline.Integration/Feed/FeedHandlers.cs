using Hotline.Evaluation.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Platform.Messaging;

namespace Hotline.Integration.Feed;

/// <summary>
/// Turns the modules' case events into feed events, once each (inbox), in the order the outbox delivers them: the feed's
/// sequence is then each case's order of events. Deliveries are queued from the feed by <see cref="FeedDispatcher"/>.
/// </summary>
internal abstract class FeedHandler<TEvent>(IntegrationDbContext context, FeedSignal signal, TimeProvider clock)
    : InboxEventHandler<TEvent, IntegrationDbContext>(context, clock)
    where TEvent : IntegrationEvent
{
    protected override async Task ApplyAsync(TEvent e, CancellationToken ct)
    {
        foreach (var feedEvent in await FeedEventsAsync(e, ct))
            Context.FeedEvents.Add(feedEvent);
        signal.Notify();
    }

    protected abstract Task<IReadOnlyList<FeedEvent>> FeedEventsAsync(TEvent e, CancellationToken ct);

    protected DateTime At(IntegrationEvent e) => e.OccurredAtUtc == default ? Clock.GetUtcNow().UtcDateTime : e.OccurredAtUtc;
}

internal sealed class AcceptedFeed(IntegrationDbContext c, FeedSignal s, TimeProvider t, FeedPayloads payloads) : FeedHandler<CaseAccepted>(c, s, t)
{
    protected override async Task<IReadOnlyList<FeedEvent>> FeedEventsAsync(CaseAccepted e, CancellationToken ct) =>
        [FeedEvent.Of(e.EventId, FeedEventType.Accepted, e.CaseId, e.CaseNumber, At(e), await payloads.AcceptedAsync(e, ct), [])];
}

internal sealed class DispatchedFeed(IntegrationDbContext c, FeedSignal s, TimeProvider t, FeedPayloads payloads) : FeedHandler<CaseDispatched>(c, s, t)
{
    protected override async Task<IReadOnlyList<FeedEvent>> FeedEventsAsync(CaseDispatched e, CancellationToken ct) =>
        [FeedEvent.Of(e.EventId, FeedEventType.Dispatched, e.CaseId, e.CaseNumber, At(e), await payloads.DispatchedAsync(e, ct),
            e.Assignments.Select(a => a.UnitId))];
}

internal sealed class RepliedFeed(IntegrationDbContext c, FeedSignal s, TimeProvider t, FeedPayloads payloads) : FeedHandler<CaseReplied>(c, s, t)
{
    protected override async Task<IReadOnlyList<FeedEvent>> FeedEventsAsync(CaseReplied e, CancellationToken ct) =>
        [FeedEvent.Of(e.EventId, FeedEventType.Replied, e.CaseId, e.CaseNumber, At(e), await payloads.RepliedAsync(e, ct), [e.LeadUnitId])];
}

/// <summary>A dissatisfied rating sends the case back for redo: a rating event without a closing.</summary>
internal sealed class RedoRatedFeed(IntegrationDbContext c, FeedSignal s, TimeProvider t, FeedPayloads payloads, IAssignmentDirectory assignments)
    : FeedHandler<RedoRequested>(c, s, t)
{
    protected override async Task<IReadOnlyList<FeedEvent>> FeedEventsAsync(RedoRequested e, CancellationToken ct)
    {
        var lead = (await assignments.ForCaseAsync(e.CaseId, ct)).FirstOrDefault(a => a.AssignmentId == e.LeadAssignmentId)?.UnitId;
        return [FeedEvent.Of(e.EventId, FeedEventType.Rated, e.CaseId, e.CaseNumber, At(e), await payloads.RedoAsync(e, lead, ct), lead is { } u ? [u] : [])];
    }
}

/// <summary>办结 after evaluation: the rating (when the caller gave one), then the closing, in that order.</summary>
internal sealed class ClosedFeed(IntegrationDbContext c, FeedSignal s, TimeProvider t, FeedPayloads payloads) : FeedHandler<CaseClosed>(c, s, t)
{
    protected override async Task<IReadOnlyList<FeedEvent>> FeedEventsAsync(CaseClosed e, CancellationToken ct)
    {
        Guid[] units = e.LeadUnitId is { } lead ? [lead] : [];
        var events = new List<FeedEvent>();
        if (e.IntakeRating is not null || e.HandlingRating is not null)
            events.Add(FeedEvent.Of(e.EventId, FeedEventType.Rated, e.CaseId, e.CaseNumber, At(e), await payloads.RatedAsync(e, ct), units));
        events.Add(FeedEvent.Of(e.EventId, FeedEventType.Closed, e.CaseId, e.CaseNumber, At(e), await payloads.ClosedAsync(e, ct), units));
        return events;
    }
}

internal sealed class ClosedAtIntakeFeed(IntegrationDbContext c, FeedSignal s, TimeProvider t) : FeedHandler<CaseClosedAtIntake>(c, s, t)
{
    protected override Task<IReadOnlyList<FeedEvent>> FeedEventsAsync(CaseClosedAtIntake e, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<FeedEvent>>(
            [FeedEvent.Of(e.EventId, FeedEventType.Closed, e.CaseId, e.CaseNumber, At(e), FeedPayloads.ClosedAtIntake(e, At(e)), [])]);
}
