using System.Text.Json;

namespace Hotline.Platform.Notifications.Sms;

/// <summary>Reads a gateway's reply against the admin's success rule.</summary>
internal static class SmsGatewayReply
{
    /// <returns>Why the reply is not a success (in Chinese, quoting the reply only through <paramref name="scrub"/>), or null.</returns>
    public static string? Problem(SmsGatewaySettings settings, int status, string body, Func<string, string> scrub)
    {
        if (status is < 200 or > 299)
            return $"短信网关返回 HTTP {status}{Excerpt(body, scrub)}";
        switch (settings.SuccessRule)
        {
            case SmsSuccessRule.BodyContains when !body.Contains(settings.SuccessText, StringComparison.Ordinal):
                return $"短信网关的回复中没有“{settings.SuccessText}”{Excerpt(body, scrub)}";
            case SmsSuccessRule.JsonFieldEquals:
                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(body);
                }
                catch (JsonException)
                {
                    return $"短信网关的回复不是 JSON{Excerpt(body, scrub)}";
                }
                using (document)
                {
                    if (Field(document.RootElement, settings.SuccessField) is not { } field)
                        return $"短信网关的回复中没有字段 {settings.SuccessField}{Excerpt(body, scrub)}";
                    var actual = field.ValueKind == JsonValueKind.String ? field.GetString()! : field.GetRawText();
                    if (actual != settings.SuccessValue.Trim())
                        return $"短信网关的回复中 {settings.SuccessField} 为“{Clip(scrub(actual), 100)}”，应为“{settings.SuccessValue.Trim()}”{Excerpt(body, scrub)}";
                    break;
                }
        }
        return null;
    }

    /// <summary>Follows a dotted path; a numeric step indexes an array.</summary>
    public static JsonElement? Field(JsonElement root, string path)
    {
        var current = root;
        foreach (var step in path.Split('.'))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(step, out var child))
                current = child;
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(step, out var i) && i >= 0 && i < current.GetArrayLength())
                current = current[i];
            else
                return null;
        }
        return current;
    }

    // Enough of the provider's own message (签名不正确, 余额不足…) for the admin to act on it.
    private static string Excerpt(string body, Func<string, string> scrub)
    {
        var text = new string(body.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        return text.Length == 0 ? "。" : $"：{Clip(scrub(text), 200)}";
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
