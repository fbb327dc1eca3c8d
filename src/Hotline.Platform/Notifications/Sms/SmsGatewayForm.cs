using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Hotline.Platform.Notifications.Sms;

/// <summary>The gateway settings as the admin page edits them. The API key is never sent back: only whether one is saved.</summary>
internal sealed class SmsGatewayForm
{
    public SmsGatewayKind Kind { get; set; }
    public string Url { get; set; } = "";
    public string Method { get; set; } = SmsGatewaySettings.Post;
    public string Headers { get; set; } = "";
    public string ContentType { get; set; } = SmsContentTypes.Json;
    public string BodyTemplate { get; set; } = "";
    public SmsSuccessRule SuccessRule { get; set; }
    public string SuccessText { get; set; } = "";
    public string SuccessField { get; set; } = "";
    public string SuccessValue { get; set; } = "";
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Whether a key is saved (shown masked); leave <see cref="NewApiKey"/> blank to keep it.</summary>
    public bool HasApiKey { get; set; }
    public string? NewApiKey { get; set; }
    public bool ClearApiKey { get; set; }

    public static SmsGatewayForm From(SmsGatewaySettings s) => new()
    {
        Kind = s.Kind, Url = s.Url, Method = s.Method, Headers = s.Headers, ContentType = s.ContentType, BodyTemplate = s.BodyTemplate,
        SuccessRule = s.SuccessRule, SuccessText = s.SuccessText, SuccessField = s.SuccessField, SuccessValue = s.SuccessValue,
        TimeoutSeconds = s.TimeoutSeconds, HasApiKey = s.ProtectedApiKey is not null,
    };
}

/// <summary>The checks a gateway setting passes before it is saved; every problem is reported at once, in Chinese.</summary>
internal static partial class SmsGatewayRules
{
    public const int MaxUrlLength = 500;
    public const int MaxHeadersLength = 1000;
    public const int MaxBodyLength = 1000;
    public const int MaxHeaderLines = 20;

    /// <summary>Headers that must never carry a literal value: it would sit readable in the settings table and its audit entry.</summary>
    [GeneratedRegex("authorization|token|secret|password|passwd|api[-_]?key|access[-_]?key|cookie", RegexOptions.IgnoreCase)]
    private static partial Regex SensitiveName();

    [GeneratedRegex(@"^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$")]
    private static partial Regex FieldPath();

    /// <summary>Sample values chosen to break a careless template: quotes, a backslash, an ampersand, a line break.</summary>
    private static readonly SmsMessage Sample = new(Guid.Empty, "13800000000", "【12345热线】测试\"引号\" \\ & <标签> 换行\n结束");

    public static IReadOnlyList<string> Validate(SmsGatewayForm f)
    {
        var errors = new List<string>();
        var newKey = f.NewApiKey?.Trim();
        if (!string.IsNullOrEmpty(newKey) && (newKey.Length > 500 || newKey.Any(char.IsControl)))
            errors.Add("接口密钥不能超过 500 个字符，也不能含换行等控制字符。");
        if (f.Kind == SmsGatewayKind.Recording)
            return errors; // the HTTP fields are kept as entered and checked when HTTP is chosen
        if (f.Kind != SmsGatewayKind.Http)
            errors.Add("请选择短信发送方式。");

        var url = (f.Url ?? "").Trim();
        if (url.Length == 0)
            errors.Add("请填写网关地址。");
        else if (url.Length > MaxUrlLength)
            errors.Add($"网关地址不能超过 {MaxUrlLength} 个字符。");
        if (f.Method is not (SmsGatewaySettings.Post or SmsGatewaySettings.Get))
            errors.Add("请求方式只能是 POST 或 GET。");
        var isPost = f.Method == SmsGatewaySettings.Post;

        var headers = f.Headers ?? "";
        var lines = SmsHttpRequest.HeaderLines(headers, includeMalformed: true).ToList();
        if (headers.Length > MaxHeadersLength)
            errors.Add($"请求头不能超过 {MaxHeadersLength} 个字符。");
        if (lines.Count > MaxHeaderLines)
            errors.Add($"请求头不能超过 {MaxHeaderLines} 行。");
        foreach (var (name, value) in lines)
        {
            if (name is null)
                errors.Add($"请求头“{Clip(value)}”格式不对，每行应为“名称: 值”。");
            else if (value.Length == 0)
                errors.Add($"请求头 {name} 没有值。");
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                     || name.Equals("Host", StringComparison.OrdinalIgnoreCase))
                errors.Add($"请求头 {name} 由系统设置，请删除该行（内容类型请在“内容类型”中选择）。");
            else if (SensitiveName().IsMatch(name) && !value.Contains(SmsTemplateText.Braced(SmsHttpRequest.ApiKey), StringComparison.Ordinal))
                errors.Add($"请求头 {name} 请写作占位符 {{apiKey}}，密钥填在“接口密钥”中（加密保存，不显示、不记入日志）。");
        }

        var body = f.BodyTemplate ?? "";
        if (isPost)
        {
            if (!SmsContentTypes.All.Contains(f.ContentType))
                errors.Add("请选择内容类型。");
            if (body.Trim().Length == 0)
                errors.Add("POST 请求须填写请求体模板。");
            else if (body.Length > MaxBodyLength)
                errors.Add($"请求体模板不能超过 {MaxBodyLength} 个字符。");
        }
        else if (body.Trim().Length > 0)
        {
            errors.Add("GET 请求不发送请求体，请清空请求体模板，或把参数写在网关地址中。");
        }

        var known = SmsHttpRequest.Placeholders;
        var used = new List<string>();
        foreach (var (part, text) in new[] { ("网关地址", url), ("请求头", headers), ("请求体模板", isPost ? body : "") })
        {
            var names = SmsTemplateText.Placeholders(text);
            used.AddRange(names);
            var unknown = names.Where(n => !known.Contains(n)).ToList();
            if (unknown.Count > 0)
                errors.Add($"{part}中的占位符 {SmsTemplateText.BracedList(unknown)} 无法识别，可用：{SmsTemplateText.BracedList(known)}。");
        }
        foreach (var required in new[] { SmsHttpRequest.Phone, SmsHttpRequest.Text }.Where(n => !used.Contains(n)))
            errors.Add($"网关地址或请求体模板中须包含 {SmsTemplateText.Braced(required)}（{(required == SmsHttpRequest.Phone ? "手机号码" : "短信内容")}）。");
        var keyAfterSave = !string.IsNullOrEmpty(newKey) || (f.HasApiKey && !f.ClearApiKey);
        if (used.Contains(SmsHttpRequest.ApiKey) && !keyAfterSave)
            errors.Add("模板使用了 {apiKey}，请填写接口密钥。");

        if (url.Length > 0 && url.Length <= MaxUrlLength)
        {
            var rendered = SmsTemplateText.Render(url, n => known.Contains(n) ? Uri.EscapeDataString(Sample.Phone) : null);
            if (!(Uri.TryCreate(rendered, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0))
                errors.Add("网关地址须为以 http:// 或 https:// 开头的完整地址。");
        }
        if (isPost && body.Trim().Length > 0 && body.Length <= MaxBodyLength && BodyProblem(f.ContentType, body) is { } problem)
            errors.Add(problem);

        switch (f.SuccessRule)
        {
            case SmsSuccessRule.Status:
                break;
            case SmsSuccessRule.BodyContains:
                if (string.IsNullOrWhiteSpace(f.SuccessText) || f.SuccessText.Length > 200)
                    errors.Add("请填写回复中表示成功的文字（不超过 200 个字符）。");
                break;
            case SmsSuccessRule.JsonFieldEquals:
                if (!FieldPath().IsMatch((f.SuccessField ?? "").Trim()) || f.SuccessField!.Length > 100)
                    errors.Add("JSON 字段请写字段名，多级用英文句点分隔，如 code 或 result.status。");
                if (string.IsNullOrWhiteSpace(f.SuccessValue) || f.SuccessValue.Length > 100)
                    errors.Add("请填写该字段表示成功的值（不超过 100 个字符）。");
                break;
            default:
                errors.Add("请选择成功判定方式。");
                break;
        }
        if (f.TimeoutSeconds is < 1 or > 60)
            errors.Add("超时时间须在 1–60 秒之间。");
        return errors;
    }

    /// <summary>The body filled with awkward samples must still be well-formed for its content type.</summary>
    private static string? BodyProblem(string contentType, string body)
    {
        var rendered = SmsHttpRequest.RenderBody(contentType, body, SmsHttpRequest.Values("sample-key", Sample));
        try
        {
            if (contentType == SmsContentTypes.Json)
                JsonDocument.Parse(rendered).Dispose();
            else if (contentType == SmsContentTypes.Xml)
                XDocument.Parse(rendered);
            return null;
        }
        catch (Exception ex) when (ex is JsonException or System.Xml.XmlException)
        {
            return contentType == SmsContentTypes.Json
                ? "请求体模板填入内容后不是有效的 JSON：占位符请写在英文双引号内，如 \"text\": \"{text}\"。"
                : "请求体模板填入内容后不是有效的 XML。";
        }
    }

    public static SmsGatewaySettings Normalize(SmsGatewayForm f, string? protectedKey) => new()
    {
        Kind = f.Kind,
        Url = (f.Url ?? "").Trim(),
        Method = f.Method,
        Headers = string.Join("\n", (f.Headers ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)),
        ContentType = f.ContentType,
        BodyTemplate = f.Method == SmsGatewaySettings.Get ? "" : (f.BodyTemplate ?? "").Trim(),
        SuccessRule = f.SuccessRule,
        SuccessText = f.SuccessRule == SmsSuccessRule.BodyContains ? f.SuccessText : "",
        SuccessField = f.SuccessRule == SmsSuccessRule.JsonFieldEquals ? (f.SuccessField ?? "").Trim() : "",
        SuccessValue = f.SuccessRule == SmsSuccessRule.JsonFieldEquals ? (f.SuccessValue ?? "").Trim() : "",
        TimeoutSeconds = f.TimeoutSeconds,
        ProtectedApiKey = protectedKey,
    };

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
