namespace Hotline.Platform.Notifications.Sms;

internal enum SmsGatewayKind
{
    /// <summary>No gateway: <see cref="RecordingSmsSender"/> keeps the texts.</summary>
    Recording = 0,
    Http = 1,
}

internal enum SmsSuccessRule
{
    /// <summary>Any HTTP 2xx.</summary>
    Status = 0,
    /// <summary>HTTP 2xx and the reply contains <see cref="SmsGatewaySettings.SuccessText"/>.</summary>
    BodyContains = 1,
    /// <summary>HTTP 2xx and the reply is JSON whose <see cref="SmsGatewaySettings.SuccessField"/> equals <see cref="SmsGatewaySettings.SuccessValue"/>.</summary>
    JsonFieldEquals = 2,
}

internal static class SmsContentTypes
{
    public const string Json = "application/json";
    public const string Form = "application/x-www-form-urlencoded";
    public const string Xml = "application/xml";
    public const string Text = "text/plain";

    public static readonly IReadOnlyList<string> All = [Json, Form, Xml, Text];
}

/// <summary>
/// How SMS leave the system, saved by the admin (key <see cref="Key"/>). The API key is kept only protected with
/// ASP.NET Data Protection, so neither the settings table nor the audit entry of a save holds it readable.
/// </summary>
internal sealed record SmsGatewaySettings
{
    public const string Key = "platform.sms.gateway";
    public const string Post = "POST";
    public const string Get = "GET";

    public SmsGatewayKind Kind { get; init; }
    /// <summary>May hold placeholders (URL-encoded when filled), for gateways that take the message in the query string.</summary>
    public string Url { get; init; } = "";
    public string Method { get; init; } = Post;
    /// <summary>One <c>Name: value</c> per line; values may hold placeholders.</summary>
    public string Headers { get; init; } = "";
    public string ContentType { get; init; } = SmsContentTypes.Json;
    public string BodyTemplate { get; init; } = "";
    public SmsSuccessRule SuccessRule { get; init; }
    public string SuccessText { get; init; } = "";
    /// <summary>A dotted path into the JSON reply, e.g. <c>code</c> or <c>result.status</c>; digits index arrays.</summary>
    public string SuccessField { get; init; } = "";
    public string SuccessValue { get; init; } = "";
    public int TimeoutSeconds { get; init; } = 10;
    public string? ProtectedApiKey { get; init; }
}
