using Hotline.Platform.Messaging;

namespace Hotline.Dispatch.Shared;

/// <summary>
/// An inbox handler of Dispatch that tells open screens about its change once the change is
/// committed: the base saves the effect with the inbox record; only after that do the subscribers
/// reload, so they never read a state that could still roll back.
/// </summary>
internal abstract class DispatchEventHandler<TEvent>(DispatchDbContext context, TimeProvider clock, LiveUpdates live)
    : InboxEventHandler<TEvent, DispatchDbContext>(context, clock), IIntegrationEventHandler<TEvent>
    where TEvent : IntegrationEvent
{
    /// <summary>Topics to publish after the commit; <see cref="InboxEventHandler{TEvent,TContext}.ApplyAsync"/> fills it.</summary>
    protected List<string> Topics { get; } = [];

    // Re-implements the interface so the outbox processor reaches this method, which wraps the base's save.
    async Task IIntegrationEventHandler<TEvent>.HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        await HandleAsync(integrationEvent, cancellationToken);
        foreach (var topic in Topics.Distinct())
            live.Publish(topic);
    }
}
