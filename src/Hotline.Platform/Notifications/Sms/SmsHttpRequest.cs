using System.Security;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hotline.Platform.Notifications.Sms;

/// <summary>
/// Builds the gateway's HTTP request from the admin's templates. Every value is encoded for where it lands (URL,
/// JSON string, form field, XML text, header), so a caller's text with quotes, ampersands or line breaks cannot
/// change the shape of the request.
/// </summary>
internal static partial class SmsHttpRequest
{
    public const string Phone = "phone";
    public const string Text = "text";
    public const string Id = "id";
    public const string ApiKey = "apiKey";

    public static readonly IReadOnlyList<string> Placeholders = [Phone, Text, Id, ApiKey];

    [GeneratedRegex(@"^(?<name>[!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:[ \t]*(?<value>.*)$")]
    private static partial Regex HeaderLine();

    public static HttpRequestMessage Build(SmsGatewaySettings settings, string? apiKey, SmsMessage message)
    {
        var values = Values(apiKey, message);
        var url = SmsTemplateText.Render(settings.Url.Trim(), n => values.TryGetValue(n, out var v) ? Uri.EscapeDataString(v) : null);
        var isGet = settings.Method == SmsGatewaySettings.Get;
        var request = new HttpRequestMessage(isGet ? HttpMethod.Get : HttpMethod.Post, url);
        if (!isGet)
            request.Content = new StringContent(RenderBody(settings.ContentType, settings.BodyTemplate, values), Encoding.UTF8, settings.ContentType);
        foreach (var (name, template) in HeaderLines(settings.Headers))
        {
            var value = SmsTemplateText.Render(template, n => values.TryGetValue(n, out var v) ? HeaderSafe(v) : null);
            if (!request.Headers.TryAddWithoutValidation(name, value))
                request.Content?.Headers.TryAddWithoutValidation(name, value);
        }
        return request;
    }

    public static Dictionary<string, string> Values(string? apiKey, SmsMessage message) => new(StringComparer.Ordinal)
    {
        [Phone] = message.Phone,
        [Text] = message.Text,
        [Id] = message.Id.ToString("N"),
        [ApiKey] = apiKey ?? "",
    };

    public static string RenderBody(string contentType, string template, IReadOnlyDictionary<string, string> values) =>
        SmsTemplateText.Render(template, n => values.TryGetValue(n, out var v) ? Encode(contentType, v) : null);

    /// <summary>The value as it may stand inside the body: JSON templates put placeholders inside quotes, as in <c>"{text}"</c>.</summary>
    public static string Encode(string contentType, string value) => contentType switch
    {
        // Relaxed: Chinese stays readable for providers that compare it; quotes, backslashes and controls are still escaped.
        SmsContentTypes.Json => JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value,
        SmsContentTypes.Form => Uri.EscapeDataString(value),
        SmsContentTypes.Xml => SecurityElement.Escape(value),
        _ => value,
    };

    /// <summary>A header value cannot carry a line break (it would start a new header) nor other control characters.</summary>
    public static string HeaderSafe(string value) => new(value.Where(c => !char.IsControl(c)).ToArray());

    /// <summary>The non-blank lines as name and value; lines that are not <c>Name: value</c> come back with a null name.</summary>
    public static IEnumerable<(string Name, string Value)> HeaderLines(string? headers, bool includeMalformed = false)
    {
        foreach (var raw in (headers ?? "").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
                continue;
            var m = HeaderLine().Match(line);
            if (m.Success)
                yield return (m.Groups["name"].Value, m.Groups["value"].Value.Trim());
            else if (includeMalformed)
                yield return (null!, line);
        }
    }
}
