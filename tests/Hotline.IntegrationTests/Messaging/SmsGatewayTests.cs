using System.Text.Json;
using Hotline.Platform;
using Hotline.Platform.Admin.Notifications;
using Hotline.Platform.Notifications;
using Hotline.Platform.Notifications.Sms;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Messaging;

/// <summary>
/// The SMS port's HTTP adapter against a real local gateway: the outbox's retries apply to it, the request has the
/// configured shape, the success rule decides; the settings and templates are saved whole or not at all.
/// </summary>
public abstract class SmsGatewayTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private const string ApiKey = "tok-Secret-4242";

    private NotificationProcessor Processor => app.Service<NotificationProcessor>();

    private static string NewPhone() => "1390077" + Random.Shared.Next(1000, 9999);

    private static SmsGatewayForm HttpForm(FakeSmsGateway gateway) => new()
    {
        Kind = SmsGatewayKind.Http,
        Url = gateway.BaseUrl + "/api/send",
        Method = "POST",
        Headers = "Authorization: Bearer {apiKey}\nX-Client: hotline",
        ContentType = SmsContentTypes.Json,
        BodyTemplate = "{\"mobile\": \"{phone}\", \"content\": \"{text}\", \"requestId\": \"{id}\"}",
        SuccessRule = SmsSuccessRule.JsonFieldEquals,
        SuccessField = "code",
        SuccessValue = "0",
        TimeoutSeconds = 10,
        NewApiKey = ApiKey,
    };

    private Task SaveAsync(SmsGatewayForm form) => app.AsUserAsync("admin", sp => sp.GetRequiredService<SmsAdmin>().SaveGatewayAsync(form));

    private Task<SmsGatewayForm> SavedAsync() => app.AsUserAsync("admin", sp => sp.GetRequiredService<SmsAdmin>().GatewayAsync());

    private Task<Guid> QueueSecretSmsAsync(string phone, string secret) => Probe.WithDbAsync(app.Services, async db =>
    {
        var queued = app.Service<NotificationSecrets>().QueueSms(db, phone, "诉求登记",
            $"【12345热线】他说\"好\"\\，查询码 {NotificationSecrets.Placeholder}。", secret, app.Clock);
        await db.SaveChangesAsync();
        return queued.Id;
    });

    private Task<Notification> LoadAsync(Guid id) =>
        Probe.WithDbAsync(app.Services, db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id));

    private static List<GatewayRequest> To(FakeSmsGateway gateway, string phone) =>
        gateway.Requests.Where(r => r.Body.Contains(phone, StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task An_sms_fails_once_at_the_gateway_is_retried_after_the_back_off_and_sent_with_the_configured_request()
    {
        await using var gateway = await FakeSmsGateway.StartAsync((500, "busy"), (200, "{\"code\":0,\"msg\":\"ok\"}"));
        await SaveAsync(HttpForm(gateway));
        var phone = NewPhone();
        var id = await QueueSecretSmsAsync(phone, "K7M2QP");

        await Processor.ProcessBatchAsync(CancellationToken.None);
        var failed = await LoadAsync(id);
        Assert.Equal((NotificationStatus.Pending, 1), (failed.Status, failed.Attempts));
        Assert.Equal("短信网关返回 HTTP 500：busy", failed.LastError);

        await Processor.ProcessBatchAsync(CancellationToken.None); // not due yet: the gateway is not hit again at once
        Assert.Single(To(gateway, phone));

        app.Clock.Advance(NotificationRetry.DelayAfter(1));
        await Processor.ProcessBatchAsync(CancellationToken.None);
        var sent = await LoadAsync(id);
        Assert.Equal(NotificationStatus.Sent, sent.Status);
        Assert.Equal("HTTP 网关（127.0.0.1）", sent.SentBy);
        Assert.DoesNotContain("K7M2QP", sent.Body); // the stored row still holds only the placeholder

        var requests = To(gateway, phone);
        Assert.Equal(2, requests.Count);
        var request = requests[1];
        Assert.Equal("POST", request.Method);
        Assert.Equal("/api/send", request.PathAndQuery);
        Assert.Equal($"Bearer {ApiKey}", request.Headers["Authorization"]);
        Assert.Equal("hotline", request.Headers["X-Client"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(phone, body.RootElement.GetProperty("mobile").GetString());
        Assert.Equal("【12345热线】他说\"好\"\\，查询码 K7M2QP。", body.RootElement.GetProperty("content").GetString());
        Assert.Equal(id.ToString("N"), body.RootElement.GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task A_reply_against_the_success_rule_is_a_failure_parked_after_the_last_attempt_and_an_admin_retry_sends_it()
    {
        await using var gateway = await FakeSmsGateway.StartAsync();
        gateway.AnswerWith(200, "{\"code\":1001,\"msg\":\"余额不足\"}");
        await SaveAsync(HttpForm(gateway));
        var phone = NewPhone();
        var id = await QueueSecretSmsAsync(phone, "Q3W4E5");

        await Processor.ProcessBatchAsync(CancellationToken.None);
        for (var attempt = 2; attempt <= NotificationProcessor.MaxAttempts; attempt++)
        {
            app.Clock.Advance(NotificationRetry.DelayAfter(attempt - 1));
            await Processor.ProcessBatchAsync(CancellationToken.None);
        }
        var failed = await LoadAsync(id);
        Assert.Equal((NotificationStatus.Failed, NotificationProcessor.MaxAttempts), (failed.Status, failed.Attempts));
        Assert.StartsWith("短信网关的回复中 code 为“1001”，应为“0”", failed.LastError);
        Assert.Contains("余额不足", failed.LastError);
        Assert.Equal(NotificationProcessor.MaxAttempts, To(gateway, phone).Count);

        // Visible to the admin with its error, and sent once the gateway answers as agreed.
        var row = await app.AsUserAsync("admin", async sp => Assert.Single((await sp.GetRequiredService<NotificationAdmin>()
            .SearchAsync(new NotificationFilter { Status = NotificationStatus.Failed, Recipient = phone }, 0, 50)).Items));
        Assert.Equal(failed.LastError, row.LastError);
        gateway.AnswerWith(200, "{\"code\":0}");
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<NotificationAdmin>().RetryAsync(id));
        await Processor.ProcessBatchAsync(CancellationToken.None);
        Assert.Equal(NotificationStatus.Sent, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task A_gateway_that_echoes_the_request_does_not_put_the_key_number_or_code_into_the_stored_error()
    {
        await using var gateway = await FakeSmsGateway.StartAsync();
        await SaveAsync(HttpForm(gateway));
        var phone = NewPhone();
        gateway.AnswerWith(400, $"bad request: {ApiKey} {phone} 查询码 Z9Y8X7");
        var id = await QueueSecretSmsAsync(phone, "Z9Y8X7");

        await Processor.ProcessBatchAsync(CancellationToken.None);

        var error = (await LoadAsync(id)).LastError!;
        Assert.StartsWith("短信网关返回 HTTP 400", error);
        Assert.DoesNotContain(ApiKey, error);
        Assert.DoesNotContain(phone, error);
        Assert.DoesNotContain("Z9Y8X7", error);
    }

    [Fact]
    public async Task The_test_sms_reports_the_gateways_answer_and_is_audited_without_the_number()
    {
        await using var gateway = await FakeSmsGateway.StartAsync((503, "维护中"), (200, "{\"code\":0}"));
        await SaveAsync(HttpForm(gateway));
        var phone = NewPhone();

        var failed = await app.AsUserAsync("admin", sp => sp.GetRequiredService<SmsAdmin>().SendTestAsync(phone));
        Assert.Equal(new SmsTestResult(false, "短信网关返回 HTTP 503：维护中"), failed);
        var sent = await app.AsUserAsync("admin", sp => sp.GetRequiredService<SmsAdmin>().SendTestAsync(phone));
        Assert.True(sent.Sent, sent.Message);
        Assert.Equal(SmsAdmin.TestText, JsonDocument.Parse(To(gateway, phone)[1].Body).RootElement.GetProperty("content").GetString());

        var audit = await Probe.WithDbAsync(app.Services, db => db.AuditLog.Where(a => a.Action == SmsAdmin.TestAction).Select(a => a.Detail).ToListAsync());
        Assert.Contains($"发送至 {PhoneMask.Mask(phone)}：失败", audit);
        Assert.Contains($"发送至 {PhoneMask.Mask(phone)}：成功", audit);
        Assert.DoesNotContain(audit, d => d!.Contains(phone));

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("admin", sp => sp.GetRequiredService<SmsAdmin>().SendTestAsync("12345")));
        Assert.Equal("请输入 11 位手机号码。", refused.Message);
    }

    [Fact]
    public async Task Settings_round_trip_with_the_key_kept_protected_and_invalid_settings_change_nothing()
    {
        await using var gateway = await FakeSmsGateway.StartAsync();
        var form = HttpForm(gateway);
        await SaveAsync(form);

        var saved = await SavedAsync();
        Assert.Equal((SmsGatewayKind.Http, form.Url, form.BodyTemplate, "code", "0"), (saved.Kind, saved.Url, saved.BodyTemplate, saved.SuccessField, saved.SuccessValue));
        Assert.True(saved.HasApiKey);
        Assert.Null(saved.NewApiKey);
        var stored = await Probe.WithDbAsync(app.Services, db => db.Settings.AsNoTracking().SingleAsync(s => s.Key == SmsGatewaySettings.Key));
        Assert.DoesNotContain(ApiKey, stored.Value);
        Assert.False(await Probe.WithDbAsync(app.Services, db => db.AuditLog.AnyAsync(a => a.Detail != null && a.Detail.Contains(ApiKey))));

        // A blank key field keeps the saved key.
        saved.Headers = "Authorization: Bearer {apiKey}";
        await SaveAsync(saved);
        Assert.True((await SavedAsync()).HasApiKey);

        var broken = await SavedAsync();
        broken.Url = "sms.example.com/send";
        broken.TimeoutSeconds = 99;
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => SaveAsync(broken));
        Assert.Equal(["网关地址须为以 http:// 或 https:// 开头的完整地址。", "超时时间须在 1–60 秒之间。"], refused.Message.Split(Environment.NewLine));
        var after = await SavedAsync();
        Assert.Equal((form.Url, 10, "Authorization: Bearer {apiKey}"), (after.Url, after.TimeoutSeconds, after.Headers));

        // Back to recording: SMS are kept, not sent, and the HTTP fields stay for later.
        after.Kind = SmsGatewayKind.Recording;
        await SaveAsync(after);
        var phone = NewPhone();
        var id = await QueueSecretSmsAsync(phone, "R4T5Y6");
        await Processor.ProcessBatchAsync(CancellationToken.None);
        Assert.Equal(RecordingSmsSender.SenderName, (await LoadAsync(id)).SentBy);
        Assert.Empty(To(gateway, phone));
        Assert.Equal(form.Url, (await SavedAsync()).Url);
    }

    [Fact]
    public async Task Templates_are_saved_per_type_used_when_queueing_refused_when_broken_and_reset_to_the_default()
    {
        var type = IntakeRegistered();
        var values = new Dictionary<string, string> { ["caseNumber"] = "QH1", ["queryCode"] = NotificationSecrets.Placeholder };
        Task<string> RenderAsync() => app.WithScopeAsync(sp => sp.GetRequiredService<SmsTemplates>().RenderAsync(type.Key, values));

        Assert.Equal(SmsTemplates.Render(type, type.DefaultTemplate, values), await RenderAsync());

        await app.AsUserAsync("admin", sp => sp.GetRequiredService<SmsAdmin>().SaveTemplateAsync(type.Key, "【某县12345】工单 {caseNumber} 已登记，查询码 {queryCode}。"));
        Assert.Equal($"【某县12345】工单 QH1 已登记，查询码 {NotificationSecrets.Placeholder}。", await RenderAsync());
        var rows = await app.AsUserAsync("admin", sp => sp.GetRequiredService<SmsAdmin>().TemplatesAsync());
        Assert.True(Assert.Single(rows, r => r.Type.Key == type.Key).IsCustom);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("admin", sp => sp.GetRequiredService<SmsAdmin>().SaveTemplateAsync(type.Key, "工单 {caseNumber} 已登记 {foo}")));
        Assert.Contains("占位符 {foo} 无法识别", refused.Message);
        Assert.Contains("短信模板必须包含 {queryCode}", refused.Message);
        Assert.Equal($"【某县12345】工单 QH1 已登记，查询码 {NotificationSecrets.Placeholder}。", await RenderAsync());

        await app.AsUserAsync("admin", sp => sp.GetRequiredService<SmsAdmin>().ResetTemplateAsync(type.Key));
        Assert.Equal(SmsTemplates.Render(type, type.DefaultTemplate, values), await RenderAsync());
    }

    [Fact]
    public async Task Every_sms_the_product_sends_is_a_declared_type_with_a_valid_default()
    {
        var types = await app.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<SmsTemplates>().Types));
        Assert.Equal(["intake.registered", "intake.answered", "intake.merged", "intake.extension", "evaluation.rating-link", "supervision.notice"], types.Select(t => t.Key));
        foreach (var type in types)
            Assert.True(SmsTemplates.Validate(type, type.DefaultTemplate).Count == 0, type.Key);
    }

    [Fact]
    public async Task Non_admins_can_neither_read_nor_change_the_gateway_nor_send_a_test()
    {
        foreach (var call in new Func<IServiceProvider, Task>[]
                 {
                     sp => sp.GetRequiredService<SmsAdmin>().GatewayAsync(),
                     sp => sp.GetRequiredService<SmsAdmin>().SaveGatewayAsync(new SmsGatewayForm()),
                     sp => sp.GetRequiredService<SmsAdmin>().SendTestAsync("13800000000"),
                     sp => sp.GetRequiredService<SmsAdmin>().TemplatesAsync(),
                     sp => sp.GetRequiredService<SmsAdmin>().SaveTemplateAsync("intake.registered", "x"),
                     sp => sp.GetRequiredService<SmsAdmin>().ResetTemplateAsync("intake.registered"),
                 })
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("supervisor", call));
    }

    private SmsType IntakeRegistered() =>
        app.Services.GetServices<SmsType>().Single(t => t.Key == "intake.registered");
}

public sealed class SqliteSmsGatewayTests(SqliteQuietApp app) : SmsGatewayTests<SqliteQuietApp>(app), IClassFixture<SqliteQuietApp>;

public sealed class MariaDbSmsGatewayTests(MariaDbQuietApp app) : SmsGatewayTests<MariaDbQuietApp>(app), IClassFixture<MariaDbQuietApp>;
