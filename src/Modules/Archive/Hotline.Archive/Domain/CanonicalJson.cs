using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Hotline.Archive.Domain;

/// <summary>
/// The one way a snapshot becomes text: object keys sorted ordinally at every depth, no indentation, enums by name,
/// dates as UTC ISO 8601 with microseconds, numbers and text as System.Text.Json writes them invariantly, Chinese kept
/// as written. The same snapshot gives the same bytes on every run, machine and database provider.
/// </summary>
internal static class CanonicalJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static readonly JsonSerializerOptions Writer = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize<T>(T value) => Write(JsonSerializer.SerializeToNode(value, Options));

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    /// <summary>Rewrites any JSON text canonically (used to check that a stored snapshot is still canonical).</summary>
    public static string Canonicalize(string json) => Write(JsonNode.Parse(json));

    public static string Write(JsonNode? node) => Sorted(node)?.ToJsonString(Writer) ?? "null";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new UtcConverter());
        return options;
    }

    private sealed class UtcConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTime.ParseExact(reader.GetString()!, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(RecordHashing.Iso(value));
    }
}
