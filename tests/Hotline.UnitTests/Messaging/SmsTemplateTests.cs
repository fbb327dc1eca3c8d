using Hotline.Platform.Notifications;
using Hotline.Platform.Notifications.Sms;

namespace Hotline.UnitTests.Messaging;

/// <summary>SMS templates per type: rendering, the secret's guarantee and the admin's checks.</summary>
public sealed class SmsTemplateSmsTests
{
    private static readonly SmsType Registered = new("test.registered", "诉求登记",
        "【12345热线】工单号 {caseNumber}，查询码 {queryCode}。",
        [new("caseNumber", "工单号", "QH1"), new("queryCode", "查询码", "K7M2QP")])
    {
        Required = ["caseNumber"],
        Secret = "queryCode",
    };

    private static Dictionary<string, string> Values(string caseNumber) =>
        new() { ["caseNumber"] = caseNumber, ["queryCode"] = NotificationSecrets.Placeholder };

    [Fact]
    public void Rendering_fills_every_placeholder_and_keeps_the_secrets_marker_for_send_time()
    {
        var text = SmsTemplates.Render(Registered, Registered.DefaultTemplate, Values("QH20261125001"));
        Assert.Equal($"【12345热线】工单号 QH20261125001，查询码 {NotificationSecrets.Placeholder}。", text);
    }

    [Fact]
    public void A_value_that_looks_like_a_placeholder_or_the_secrets_marker_is_not_expanded()
    {
        // A unit's free text could try to pull the query code into a message of its own.
        var text = SmsTemplates.Render(Registered, "{caseNumber}|{queryCode}", Values("{queryCode}" + NotificationSecrets.Placeholder));
        Assert.Equal("{queryCode}|" + NotificationSecrets.Placeholder, text);
    }

    [Fact]
    public void Rendering_without_a_declared_value_is_a_programming_error()
    {
        Assert.Throws<InvalidOperationException>(() =>
            SmsTemplates.Render(Registered, Registered.DefaultTemplate, new Dictionary<string, string> { ["caseNumber"] = "QH1" }));
    }

    [Fact]
    public void The_default_template_is_valid_and_the_preview_uses_the_samples()
    {
        Assert.Empty(SmsTemplates.Validate(Registered, Registered.DefaultTemplate));
        Assert.Equal("【12345热线】工单号 QH1，查询码 K7M2QP。", SmsTemplates.Preview(Registered, Registered.DefaultTemplate));
    }

    [Fact]
    public void An_unknown_placeholder_is_named_with_the_ones_available()
    {
        var error = Assert.Single(SmsTemplates.Validate(Registered, "工单 {caseNumber} 查询码 {queryCode} 地址 {address}"));
        Assert.Equal("占位符 {address} 无法识别，“诉求登记”短信可用：{caseNumber}、{queryCode}。", error);
    }

    [Fact]
    public void Dropping_the_secret_or_a_required_placeholder_is_refused()
    {
        var errors = SmsTemplates.Validate(Registered, "【12345热线】您的诉求已登记。");
        Assert.Contains("短信模板必须包含 {caseNumber}（工单号）。", errors);
        Assert.Contains("短信模板必须包含 {queryCode}（查询码）。", errors);
    }

    [Fact]
    public void Too_long_empty_or_holding_the_literal_marker_is_refused()
    {
        var longText = "{caseNumber}{queryCode}" + new string('字', SmsTemplates.MaxLength);
        Assert.Contains($"短信模板不能超过 {SmsTemplates.MaxLength} 个字符（现有 {longText.Length} 个）。", SmsTemplates.Validate(Registered, longText));
        Assert.Equal(["短信模板不能为空。"], SmsTemplates.Validate(Registered, "  "));
        Assert.Single(SmsTemplates.Validate(Registered, "{caseNumber}{queryCode}" + NotificationSecrets.Placeholder));
    }

    [Fact]
    public void Braces_that_are_not_placeholders_are_plain_text()
    {
        Assert.Equal(["phone", "text"], SmsTemplateText.Placeholders("{\"mobile\":\"{phone}\",\"msg\":\"{text}\",\"n\":{ 1 }, {phone}}"));
    }
}
