using System.Text.Json;

namespace Hotline.Platform.Messaging;

/// <summary>The logging scope of one event's delivery: its id and type, and the case it is about when it names one.</summary>
internal static class EventLogScope
{
    public static Dictionary<string, object?> Of(OutboxMessage message)
    {
        var scope = new Dictionary<string, object?> { ["EventId"] = message.Id, ["EventType"] = ShortName(message.EventType) };
        try
        {
            using var payload = JsonDocument.Parse(message.Payload);
            if (payload.RootElement.ValueKind != JsonValueKind.Object)
                return scope;
            if (payload.RootElement.TryGetProperty("caseNumber", out var number) && number.ValueKind == JsonValueKind.String)
                scope["CaseNumber"] = number.GetString();
            if (payload.RootElement.TryGetProperty("caseId", out var id) && id.ValueKind == JsonValueKind.String)
                scope["CaseId"] = id.GetString();
        }
        catch (JsonException)
        {
            // A broken payload is reported by the delivery itself.
        }
        return scope;
    }

    private static string ShortName(string eventType) => eventType.Split(',')[0].Split('.')[^1];
}
