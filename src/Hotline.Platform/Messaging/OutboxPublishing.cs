using System.Text.Json;
using Hotline.Platform.Persistence;

namespace Hotline.Platform.Messaging;

public static class OutboxPublishing
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Queues the event in the context's outbox; it is delivered only if the caller's SaveChanges commits.</summary>
    public static void Publish<TEvent>(this IMessagingContext context, TEvent integrationEvent, TimeProvider clock)
        where TEvent : IntegrationEvent
    {
        var stamped = integrationEvent.OccurredAtUtc == default
            ? integrationEvent with { OccurredAtUtc = clock.GetUtcNow().UtcDateTime }
            : integrationEvent;
        context.Outbox.Add(new OutboxMessage
        {
            Id = stamped.EventId,
            EventType = EventTypeName.Of(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(stamped, Json),
            OccurredAtUtc = stamped.OccurredAtUtc,
            NextAttemptAtUtc = stamped.OccurredAtUtc,
            Status = OutboxStatus.Pending,
        });
    }
}

internal static class EventTypeName
{
    public static string Of(Type type) => type.FullName ?? type.Name;
}
