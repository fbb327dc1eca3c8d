using System.Text.Json.Serialization;
using Hotline.Integration.Gateway;
using Hotline.Platform.Time;

namespace Hotline.Integration.Shared;

/// <summary>JSON bodies of the API: read by hand so a malformed body gets a Chinese problem, not the framework's empty 400.</summary>
internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (!(request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ?? false))
            throw new ApiRefusal(StatusCodes.Status415UnsupportedMediaType, "请求体须为 application/json。");
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken)
                ?? throw ApiRefusal.BadRequest("请求体为空。");
        }
        catch (JsonException)
        {
            throw ApiRefusal.BadRequest("请求体不是有效的 JSON。");
        }
    }

    /// <summary>China time with its offset, as every date of the API reads.</summary>
    public static DateTimeOffset China(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(ChinaTime.Offset);

    public static DateTimeOffset? China(DateTime? utc) => utc is { } at ? China(at) : null;
}
