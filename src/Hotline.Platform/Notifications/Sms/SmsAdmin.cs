using Hotline.Platform.Security;
using Hotline.Platform.Auditing;
using Hotline.Platform.Settings;

namespace Hotline.Platform.Notifications.Sms;

/// <summary>One SMS type as the admin page lists it.</summary>
internal sealed record SmsTemplateRow(SmsType Type, string Template, bool IsCustom);

/// <summary>The outcome of a test SMS, shown on the page.</summary>
internal sealed record SmsTestResult(bool Sent, string Message);

/// <summary>The admin's side of SMS: the gateway setting, the test message and the templates per SMS type.</summary>
internal sealed class SmsAdmin(AdminGuard guard, SettingsStore store, SmsGatewayConfig gateway, SmsTemplates templates,
    IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock)
{
    public const string ObjectType = "Setting";
    public const string TestAction = "发送测试短信";
    public const string TestText = "【12345热线】这是一条测试短信，收到即表示短信网关配置正确，无需回复。";

    public async Task<SmsGatewayForm> GatewayAsync(CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        return SmsGatewayForm.From(await gateway.GetAsync(cancellationToken));
    }

    /// <exception cref="BusinessRuleException">Every problem, one per line; nothing is saved.</exception>
    public async Task SaveGatewayAsync(SmsGatewayForm form, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        var errors = SmsGatewayRules.Validate(form);
        if (errors.Count > 0)
            throw new BusinessRuleException(string.Join(Environment.NewLine, errors));
        var saved = await gateway.GetAsync(cancellationToken);
        var newKey = form.NewApiKey?.Trim();
        var protectedKey = !string.IsNullOrEmpty(newKey) ? gateway.Protect(newKey)
            : form.ClearApiKey ? null
            : saved.ProtectedApiKey;
        // The store audits the saved value: it holds the key only protected.
        await store.SetAsync(SmsGatewaySettings.Key, "短信网关", SmsGatewayRules.Normalize(form, protectedKey), actor, cancellationToken);
    }

    /// <summary>Sends one text through the saved gateway now, outside the outbox, and says what happened.</summary>
    public async Task<SmsTestResult> SendTestAsync(string? phone, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        phone = phone?.Trim() ?? "";
        if (phone.Length != 11 || phone[0] != '1' || !phone.All(char.IsAsciiDigit))
            throw new BusinessRuleException("请输入 11 位手机号码。");
        var settings = await gateway.GetAsync(cancellationToken);
        SmsTestResult result;
        try
        {
            var sender = await gateway.For(settings).SendAsync(new SmsMessage(Guid.NewGuid(), phone, TestText), cancellationToken);
            result = new SmsTestResult(true, settings.Kind == SmsGatewayKind.Recording
                ? $"未接短信网关：测试短信只记录在本机，没有发出（{sender}）。"
                : $"短信网关已接收测试短信（{sender}），请查看手机 {PhoneMask.Mask(phone)} 是否收到。");
        }
        catch (SmsGatewayException ex)
        {
            result = new SmsTestResult(false, ex.Message);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Audit(actor, clock, TestAction, ObjectType, SmsGatewaySettings.Key,
            $"发送至 {PhoneMask.Mask(phone)}：{(result.Sent ? "成功" : "失败")}");
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    public async Task<IReadOnlyList<SmsTemplateRow>> TemplatesAsync(CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        var rows = new List<SmsTemplateRow>();
        foreach (var type in templates.Types)
        {
            var template = await templates.TemplateAsync(type, cancellationToken);
            rows.Add(new SmsTemplateRow(type, template, template != type.DefaultTemplate));
        }
        return rows;
    }

    /// <summary>The template with the placeholders' sample values, and what is wrong with it.</summary>
    public (string Preview, IReadOnlyList<string> Errors) Preview(string typeKey, string? template)
    {
        var type = templates.Find(typeKey);
        return (SmsTemplates.Preview(type, template ?? ""), SmsTemplates.Validate(type, template));
    }

    /// <exception cref="BusinessRuleException">Every problem, one per line; nothing is saved.</exception>
    public async Task SaveTemplateAsync(string typeKey, string? template, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        var type = templates.Find(typeKey);
        var errors = SmsTemplates.Validate(type, template);
        if (errors.Count > 0)
            throw new BusinessRuleException(string.Join(Environment.NewLine, errors));
        var text = template!.Trim();
        await store.SetAsync(SmsTemplates.KeyPrefix + type.Key, $"短信模板：{type.Name}", new SmsTemplateSetting(text == type.DefaultTemplate ? null : text), actor, cancellationToken);
    }

    public async Task ResetTemplateAsync(string typeKey, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        var type = templates.Find(typeKey);
        await store.SetAsync(SmsTemplates.KeyPrefix + type.Key, $"短信模板：{type.Name}", new SmsTemplateSetting(null), actor, cancellationToken);
    }
}
