using Hotline.Platform.Admin.Audit;
using Hotline.Platform.Admin.Events;
using Hotline.Platform.Admin.Notifications;
using Hotline.Platform.Notifications.Sms;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Auditing;

/// <summary>The audit, events, notifications and SMS services refuse everyone but administrators, whatever calls them.</summary>
public abstract class OperationsAdminDenialTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    public static TheoryData<string, string> Calls()
    {
        var data = new TheoryData<string, string>();
        foreach (var user in new[] { "agent", "zjj", "dispatcher", "supervisor", "zjj.mgr" })
            foreach (var call in Operations.Keys)
                data.Add(user, call);
        return data;
    }

    private static readonly Dictionary<string, Func<IServiceProvider, Task>> Operations = new()
    {
        ["audit.search"] = sp => sp.GetRequiredService<AuditLogAdmin>().SearchAsync(new AuditLogFilter(), 0, 50),
        ["audit.types"] = sp => sp.GetRequiredService<AuditLogAdmin>().ObjectTypesAsync(),
        ["events.counts"] = sp => sp.GetRequiredService<IntegrationEventAdmin>().CountsAsync(),
        ["events.types"] = sp => sp.GetRequiredService<IntegrationEventAdmin>().EventTypesAsync(),
        ["events.search"] = sp => sp.GetRequiredService<IntegrationEventAdmin>().SearchAsync(new OutboxFilter(), 0, 50),
        ["events.retry"] = sp => sp.GetRequiredService<IntegrationEventAdmin>().RetryAsync(Guid.NewGuid()),
        ["events.retryAll"] = sp => sp.GetRequiredService<IntegrationEventAdmin>().RetryAllFailedAsync(),
        ["notifications.search"] = sp => sp.GetRequiredService<NotificationAdmin>().SearchAsync(new NotificationFilter(), 0, 50),
        ["notifications.reveal"] = sp => sp.GetRequiredService<NotificationAdmin>().RevealRecipientAsync(Guid.NewGuid()),
        ["notifications.retry"] = sp => sp.GetRequiredService<NotificationAdmin>().RetryAsync(Guid.NewGuid()),
        ["sms.gateway"] = sp => sp.GetRequiredService<SmsAdmin>().GatewayAsync(),
        ["sms.saveGateway"] = sp => sp.GetRequiredService<SmsAdmin>().SaveGatewayAsync(new SmsGatewayForm()),
        ["sms.test"] = sp => sp.GetRequiredService<SmsAdmin>().SendTestAsync("13800000000"),
        ["sms.templates"] = sp => sp.GetRequiredService<SmsAdmin>().TemplatesAsync(),
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Non_admins_are_refused(string userName, string call)
    {
        var refused = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync(userName, Operations[call]));
        Assert.Equal("只有中心管理员可以执行此操作。", refused.Message);
    }

    [Fact]
    public async Task The_admin_is_allowed() =>
        await app.AsUserAsync("admin", async sp =>
        {
            foreach (var (call, operation) in Operations.Where(o => o.Key is not ("events.retry" or "notifications.reveal" or "notifications.retry")))
                await operation(sp);
        });
}

public sealed class SqliteOperationsAdminDenialTests(SqliteApp app) : OperationsAdminDenialTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbOperationsAdminDenialTests(MariaDbApp app) : OperationsAdminDenialTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
