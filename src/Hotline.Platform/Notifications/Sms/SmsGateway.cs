using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Hotline.Platform.Settings;
using Microsoft.AspNetCore.DataProtection;

namespace Hotline.Platform.Notifications.Sms;

/// <summary>One SMS on its way out: the text with its secret already filled in.</summary>
internal sealed record SmsMessage(Guid Id, string Phone, string Text);

/// <summary>The SMS port: where texts leave the system. Adapters: <see cref="RecordingSmsSender"/> and <see cref="HttpSmsGateway"/>.</summary>
internal interface ISmsGateway
{
    /// <returns>The name recorded as the sender of the message.</returns>
    /// <exception cref="SmsGatewayException">The gateway did not take the message; the outbox retries it later.</exception>
    Task<string> SendAsync(SmsMessage message, CancellationToken cancellationToken);
}

/// <summary>A message the gateway refused or never answered; the message is fit for the outbox and the log (no secrets).</summary>
internal sealed class SmsGatewayException(string message) : Exception(message);

/// <summary>The outbox's SMS sender: hands each message to the adapter the admin's saved setting chooses.</summary>
internal sealed class SmsSender(SmsGatewayConfig config) : INotificationSender
{
    public NotificationChannel Channel => NotificationChannel.Sms;

    public async Task<string> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        var gateway = await config.CurrentAsync(cancellationToken);
        return await gateway.SendAsync(new SmsMessage(notification.Id, notification.Recipient, notification.Body), cancellationToken);
    }
}

/// <summary>Reads the saved gateway setting and builds its adapter; read per batch, so a saved change applies to the next message.</summary>
internal sealed class SmsGatewayConfig(SettingsStore store, IDataProtectionProvider protection, IHttpClientFactory clients, TimeProvider clock,
    RecordingSmsSender recording)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Hotline.Sms.Gateway.ApiKey.v1");

    public Task<SmsGatewaySettings> GetAsync(CancellationToken cancellationToken = default) =>
        store.GetAsync(SmsGatewaySettings.Key, new SmsGatewaySettings(), cancellationToken);

    public async Task<ISmsGateway> CurrentAsync(CancellationToken cancellationToken = default) => For(await GetAsync(cancellationToken));

    public ISmsGateway For(SmsGatewaySettings settings) => settings.Kind == SmsGatewayKind.Http
        ? new HttpSmsGateway(clients, clock, settings, Unprotect(settings.ProtectedApiKey))
        : recording;

    public string Protect(string apiKey) => _protector.Protect(apiKey);

    private string? Unprotect(string? protectedKey)
    {
        if (protectedKey is null)
            return null;
        try
        {
            return _protector.Unprotect(protectedKey);
        }
        catch (CryptographicException)
        {
            // The data protection keys were replaced (a new server without data/keys): the admin must enter it again.
            throw new SmsGatewayException("短信网关的接口密钥无法解密，请在“短信网关与模板”中重新填写并保存。");
        }
    }
}

/// <summary>
/// The HTTP adapter: one request per SMS, shaped by the admin's templates, judged by the admin's success rule.
/// Failures throw, so the outbox's retry schedule applies; their messages quote the reply only with the phone
/// number, the API key and the message's words blanked, since they are stored and shown to admins.
/// </summary>
internal sealed partial class HttpSmsGateway(IHttpClientFactory clients, TimeProvider clock, SmsGatewaySettings settings, string? apiKey) : ISmsGateway
{
    public const string ClientName = "Hotline.SmsGateway";
    public const int MaxReplyBytes = 64 * 1024;

    [GeneratedRegex(@"[A-Za-z0-9_-]{4,}")]
    private static partial Regex Word();

    public async Task<string> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        using var request = SmsHttpRequest.Build(settings, apiKey, message);
        // On the injected clock, so a test's fake clock decides when a hung gateway has timed out.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(settings.TimeoutSeconds), clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var scrub = Scrubber(message);
        int status;
        string reply;
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
            status = (int)response.StatusCode;
            reply = await response.Content.ReadAsStringAsync(linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new SmsGatewayException($"短信网关 {settings.TimeoutSeconds} 秒内没有回复。");
        }
        catch (HttpRequestException ex)
        {
            throw new SmsGatewayException($"无法连接短信网关：{scrub(ex.Message)}");
        }
        if (SmsGatewayReply.Problem(settings, status, reply, scrub) is { } problem)
            throw new SmsGatewayException(problem);
        return SenderName(request.RequestUri);
    }

    public static string SenderName(Uri? url)
    {
        var name = $"HTTP 网关（{url?.Host}）";
        return name.Length <= 100 ? name : name[..99] + "）";
    }

    /// <summary>Blanks what a reply might echo: the API key, the number and every word of the text (which may be a query code).</summary>
    private Func<string, string> Scrubber(SmsMessage message)
    {
        var secrets = Word().Matches(message.Text).Select(m => m.Value)
            .Append(message.Phone).Append(apiKey ?? "")
            .Where(s => s.Length >= 4).Distinct().OrderByDescending(s => s.Length).ToList();
        return text =>
        {
            foreach (var secret in secrets)
                text = text.Replace(secret, secret == message.Phone ? PhoneMask.Mask(secret) : "***", StringComparison.Ordinal);
            return text;
        };
    }
}
