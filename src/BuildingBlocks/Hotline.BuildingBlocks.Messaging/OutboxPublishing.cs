using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Hotline.Platform.Messaging;

public static class OutboxPublishing
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Per clock, so that test hosts with their own fake clocks don't push each other's stamps.
    private static readonly ConditionalWeakTable<TimeProvider, StrongBox<long>> LastStamps = new();

    /// <summary>Queues the event in the context's outbox; it is delivered only if the caller's SaveChanges commits.</summary>
    public static void Publish<TEvent>(this IOutboxContext context, TEvent integrationEvent, TimeProvider clock)
        where TEvent : IntegrationEvent
    {
        var stamped = integrationEvent.OccurredAtUtc == default
            ? integrationEvent with { OccurredAtUtc = NextStamp(clock) }
            : integrationEvent;
        context.Outbox.Add(new OutboxMessage
        {
            Id = stamped.EventId,
            EventType = EventTypeName.Of(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(stamped, Json),
            OccurredAtUtc = stamped.OccurredAtUtc,
            NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime,
            Status = OutboxStatus.Pending,
        });
    }

    /// <summary>
    /// The outbox delivers in time order, so events published one after the other (two in one
    /// transaction: 改派 ends the old assignments, then dispatches) must never share a timestamp:
    /// each stamp is at least 1 µs (the finest both databases keep) after the previous one.
    /// </summary>
    private static DateTime NextStamp(TimeProvider clock)
    {
        const long OneMicrosecond = 10;
        var last = LastStamps.GetValue(clock, _ => new StrongBox<long>());
        var now = clock.GetUtcNow().UtcDateTime.Ticks;
        while (true)
        {
            var previous = Interlocked.Read(ref last.Value);
            var next = Math.Max(now, previous + OneMicrosecond);
            if (Interlocked.CompareExchange(ref last.Value, next, previous) == previous)
                return new DateTime(next, DateTimeKind.Utc);
        }
    }
}

internal static class EventTypeName
{
    public static string Of(Type type) => type.FullName ?? type.Name;
}
