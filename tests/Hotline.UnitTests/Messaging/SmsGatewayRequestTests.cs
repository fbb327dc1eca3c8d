using System.Text.Json;
using Hotline.Platform.Notifications.Sms;

namespace Hotline.UnitTests.Messaging;

/// <summary>The HTTP gateway's request: every value encoded for where it lands; the admin's settings checked before saving.</summary>
public sealed class SmsGatewayRequestSmsTests
{
    private const string Nasty = "他说\"你好\"\\ & a=b\n{phone}</x>";
    private static readonly SmsMessage Message = new(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), "13800001111", Nasty);

    private static SmsGatewaySettings Settings(string contentType, string body, string method = "POST", string url = "https://sms.example.com/send",
        string headers = "") => new()
    {
        Kind = SmsGatewayKind.Http, Url = url, Method = method, ContentType = contentType, BodyTemplate = body, Headers = headers,
    };

    [Fact]
    public async Task A_json_body_stays_valid_json_whatever_the_text_holds()
    {
        using var request = SmsHttpRequest.Build(Settings(SmsContentTypes.Json, "{\"mobile\":\"{phone}\",\"content\":\"{text}\",\"id\":\"{id}\"}"), null, Message);
        var body = await request.Content!.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal(Nasty, json.RootElement.GetProperty("content").GetString());
        Assert.Equal("13800001111", json.RootElement.GetProperty("mobile").GetString());
        Assert.Equal("0f8fad5bd9cb469fa16570867728950e", json.RootElement.GetProperty("id").GetString());
        Assert.Contains("他说", body); // Chinese is sent as written, not as \u escapes
        Assert.Equal("application/json", request.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", request.Content.Headers.ContentType.CharSet);
    }

    [Fact]
    public async Task A_form_body_url_encodes_each_value_so_an_ampersand_adds_no_field()
    {
        using var request = SmsHttpRequest.Build(Settings(SmsContentTypes.Form, "mobile={phone}&content={text}"), null, Message);
        var body = await request.Content!.ReadAsStringAsync();
        var fields = body.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.Equal(2, fields.Count);
        Assert.Equal(Nasty, fields["content"]);
    }

    [Fact]
    public async Task An_xml_body_escapes_markup()
    {
        using var request = SmsHttpRequest.Build(Settings(SmsContentTypes.Xml, "<sms><to>{phone}</to><body>{text}</body></sms>"), null, Message);
        var xml = System.Xml.Linq.XDocument.Parse(await request.Content!.ReadAsStringAsync());
        Assert.Equal(Nasty, xml.Root!.Element("body")!.Value);
    }

    [Fact]
    public void A_get_request_carries_the_values_url_encoded_in_the_address_and_no_body()
    {
        using var request = SmsHttpRequest.Build(Settings(SmsContentTypes.Json, "", "GET", "https://sms.example.com/send?to={phone}&msg={text}&key={apiKey}"), "k&y", Message);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Null(request.Content);
        var query = request.RequestUri!.Query.TrimStart('?').Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.Equal(Nasty, query["msg"]);
        Assert.Equal("k&y", query["key"]);
        Assert.Equal(3, query.Count);
    }

    [Fact]
    public void Header_values_are_filled_and_cannot_start_a_new_header()
    {
        using var request = SmsHttpRequest.Build(Settings(SmsContentTypes.Json, "{}", headers: "Authorization: Bearer {apiKey}\nX-Trace: {text}"),
            "key\r\nX-Evil: 1", Message);
        Assert.Equal("Bearer keyX-Evil: 1", Assert.Single(request.Headers.GetValues("Authorization")));
        Assert.DoesNotContain('\n', Assert.Single(request.Headers.GetValues("X-Trace")));
        Assert.False(request.Headers.Contains("X-Evil"));
    }

    [Theory]
    [InlineData(200, "{\"code\":0}", null)]
    [InlineData(200, "{\"code\":\"0\"}", null)]
    [InlineData(200, "{\"code\":1001,\"msg\":\"签名不正确\"}", "短信网关的回复中 code 为“1001”，应为“0”：{\"code\":1001,\"msg\":\"签名不正确\"}")]
    [InlineData(200, "OK", "短信网关的回复不是 JSON：OK")]
    [InlineData(500, "", "短信网关返回 HTTP 500。")]
    public void A_json_field_rule_compares_the_field_as_text(int status, string reply, string? problem)
    {
        var settings = Settings(SmsContentTypes.Json, "{}") with { SuccessRule = SmsSuccessRule.JsonFieldEquals, SuccessField = "code", SuccessValue = "0" };
        Assert.Equal(problem, SmsGatewayReply.Problem(settings, status, reply, s => s));
    }

    [Fact]
    public void Nested_fields_and_body_text_rules_are_read()
    {
        var nested = Settings(SmsContentTypes.Json, "{}") with { SuccessRule = SmsSuccessRule.JsonFieldEquals, SuccessField = "result.items.0.status", SuccessValue = "true" };
        Assert.Null(SmsGatewayReply.Problem(nested, 200, "{\"result\":{\"items\":[{\"status\":true}]}}", s => s));
        var contains = Settings(SmsContentTypes.Json, "{}") with { SuccessRule = SmsSuccessRule.BodyContains, SuccessText = "success" };
        Assert.Null(SmsGatewayReply.Problem(contains, 201, "result=success", s => s));
        Assert.Equal("短信网关的回复中没有“success”：result=fail 13800001111",
            SmsGatewayReply.Problem(contains, 200, "result=fail 13800001111", s => s));
    }

    private static SmsGatewayForm ValidForm() => new()
    {
        Kind = SmsGatewayKind.Http,
        Url = "https://sms.example.com/api/send",
        Method = "POST",
        Headers = "Authorization: Bearer {apiKey}\nX-Client: hotline",
        ContentType = SmsContentTypes.Json,
        BodyTemplate = "{\"mobile\":\"{phone}\",\"content\":\"{text}\"}",
        NewApiKey = "tok-123",
        TimeoutSeconds = 10,
    };

    [Fact]
    public void A_complete_setting_passes_and_the_recording_mode_needs_nothing()
    {
        Assert.Empty(SmsGatewayRules.Validate(ValidForm()));
        Assert.Empty(SmsGatewayRules.Validate(new SmsGatewayForm { Kind = SmsGatewayKind.Recording, Url = "not a url" }));
    }

    [Fact]
    public void Each_mistake_is_reported_in_chinese()
    {
        var form = ValidForm();
        form.Url = "ftp://sms.example.com/{mobile}";
        form.Headers = "Authorization: Bearer abc123\nno colon here\nContent-Type: text/plain";
        form.BodyTemplate = "{\"mobile\":{phone},\"content\":{text}}";
        form.NewApiKey = null;
        form.SuccessRule = SmsSuccessRule.JsonFieldEquals;
        form.SuccessField = "a..b";
        form.TimeoutSeconds = 0;
        var errors = SmsGatewayRules.Validate(form);
        Assert.Contains("网关地址须为以 http:// 或 https:// 开头的完整地址。", errors);
        Assert.Contains("网关地址中的占位符 {mobile} 无法识别，可用：{phone}、{text}、{id}、{apiKey}。", errors);
        Assert.Contains("请求头 Authorization 请写作占位符 {apiKey}，密钥填在“接口密钥”中（加密保存，不显示、不记入日志）。", errors);
        Assert.Contains("请求头“no colon here”格式不对，每行应为“名称: 值”。", errors);
        Assert.Contains("请求头 Content-Type 由系统设置，请删除该行（内容类型请在“内容类型”中选择）。", errors);
        Assert.Contains("请求体模板填入内容后不是有效的 JSON：占位符请写在英文双引号内，如 \"text\": \"{text}\"。", errors);
        Assert.Contains("JSON 字段请写字段名，多级用英文句点分隔，如 code 或 result.status。", errors);
        Assert.Contains("请填写该字段表示成功的值（不超过 100 个字符）。", errors);
        Assert.Contains("超时时间须在 1–60 秒之间。", errors);
    }

    [Fact]
    public void The_api_key_placeholder_needs_a_key_and_the_text_and_number_must_be_sent()
    {
        var form = ValidForm();
        form.NewApiKey = "";
        form.BodyTemplate = "{\"content\":\"固定内容\"}";
        var errors = SmsGatewayRules.Validate(form);
        Assert.Contains("模板使用了 {apiKey}，请填写接口密钥。", errors);
        Assert.Contains("网关地址或请求体模板中须包含 {phone}（手机号码）。", errors);
        Assert.Contains("网关地址或请求体模板中须包含 {text}（短信内容）。", errors);

        form.HasApiKey = true; // a saved key is kept when the field is left blank
        Assert.DoesNotContain("模板使用了 {apiKey}，请填写接口密钥。", SmsGatewayRules.Validate(form));
        form.ClearApiKey = true;
        Assert.Contains("模板使用了 {apiKey}，请填写接口密钥。", SmsGatewayRules.Validate(form));
    }

    [Fact]
    public void A_get_request_with_a_body_is_refused()
    {
        var form = ValidForm();
        form.Method = "GET";
        form.Url = "https://sms.example.com/send?to={phone}&msg={text}";
        Assert.Contains("GET 请求不发送请求体，请清空请求体模板，或把参数写在网关地址中。", SmsGatewayRules.Validate(form));
        form.BodyTemplate = "";
        Assert.Empty(SmsGatewayRules.Validate(form));
    }
}
