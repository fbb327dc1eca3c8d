namespace Hotline.Platform.Messaging;

/// <summary>
/// A handler that applies an event at most once: the inbox record is saved in the same
/// SaveChanges as the handler's effect, and the (event, handler) key rejects a second copy.
/// </summary>
public abstract class InboxEventHandler<TEvent, TContext>(TContext context, TimeProvider clock)
    : IIntegrationEventHandler<TEvent>
    where TEvent : IntegrationEvent
    where TContext : DbContext, IOutboxContext
{
    protected TContext Context { get; } = context;
    protected TimeProvider Clock { get; } = clock;

    public async Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        // A row the handler changes may have been changed meanwhile (a background pass, another event): the event is
        // applied again to the fresh state, as a redelivery would, instead of failing the message.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await HandleOnceAsync(integrationEvent, cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                Context.ChangeTracker.Clear();
            }
        }
    }

    private async Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        var handler = HandlerName;
        var seen = await Context.Inbox.AnyAsync(
            x => x.EventId == integrationEvent.EventId && x.Handler == handler, cancellationToken);
        if (seen)
            return;

        await ApplyAsync(integrationEvent, cancellationToken);
        Context.Inbox.Add(new InboxRecord
        {
            EventId = integrationEvent.EventId,
            Handler = handler,
            ProcessedAtUtc = Clock.GetUtcNow().UtcDateTime,
        });
        await Context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Makes the handler's changes on <see cref="Context"/> without saving them.</summary>
    protected abstract Task ApplyAsync(TEvent integrationEvent, CancellationToken cancellationToken);

    private string HandlerName => GetType().FullName ?? GetType().Name;
}
