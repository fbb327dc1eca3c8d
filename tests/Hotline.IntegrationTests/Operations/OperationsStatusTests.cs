using System.Net;
using Hotline.IntegrationTests.Identity;
using Hotline.IntegrationTests.Intake;
using Hotline.Platform.Messaging;
using Hotline.Platform.Persistence;
using Hotline.Platform.Seeding;
using Hotline.Testing;
using Hotline.Web.Infrastructure.Backup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Operations;

/// <summary>
/// Observability (#20): the administrator's 运行状态 page (event delivery, failed events, disk, last backup with the 26-hour
/// warning, this node) and the Prometheus metrics, readable from this host and the configured networks only.
/// </summary>
public sealed class OperationsStatusTests : IDisposable
{
    /// <summary>Prometheus on, scraping allowed from 10.20.0.0/16; requests arrive from <see cref="ClientAddress"/>.</summary>
    private sealed class MonitoredApp : HotlineAppFactory
    {
        // The test changes the outbox by hand and reads the gauges' instruments, not their samples.
        public MonitoredApp() : base(DatabaseProvider.Sqlite) => RunBackgroundWorkers = false;

        public IPAddress ClientAddress { get; set; } = IPAddress.Loopback;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Metrics:Prometheus", "true");
            builder.UseSetting("Metrics:ScrapeNetworks", "10.20.0.0/16");
            // The in-memory test server has no client address; give each request the one the test says.
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter>(_ => new ClientAddressFilter(this)));
        }

        private sealed class ClientAddressFilter(MonitoredApp app) : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
            {
                builder.Use((context, nextMiddleware) =>
                {
                    context.Connection.RemoteIpAddress = app.ClientAddress;
                    return nextMiddleware(context);
                });
                next(builder);
            };
        }
    }

    private readonly MonitoredApp _app = new();

    [Fact]
    public async Task The_status_page_warns_of_no_backup_shows_the_last_one_and_warns_again_after_26_hours()
    {
        using var browser = new BrowserSession(_app);
        await browser.SignInOrFailAsync("admin", DemoAccounts.Password);

        var before = await PageAsync(browser);
        Assert.Contains("还没有任何备份记录", before);
        Assert.Equal("尚无备份", BrowserSession.TestIdText(before, "operations-backup-time"));

        Assert.Equal(0, await BackupCommands.BackupAsync(_app.Services, ["backup", "--to", Path.Combine(_app.DataDirectory, "backups")], TextWriter.Null));
        var after = await PageAsync(browser);
        Assert.DoesNotContain("operations-backup-warning", after);
        Assert.Equal(Hotline.Platform.Time.ChinaTime.ToChina(_app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd HH:mm"),
            BrowserSession.TestIdText(after, "operations-backup-time"));
        var audit = await _app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.Where(a => a.Action == "数据备份").CountAsync());
        Assert.Equal(1, audit);

        _app.Clock.Advance(TimeSpan.FromHours(27));
        await browser.SignInOrFailAsync("admin", DemoAccounts.Password); // the session ended while idle
        var late = await PageAsync(browser);
        Assert.Contains("超过了 26 小时", late);
        Assert.Contains("admin-backup-warning", await (await browser.GetAsync("/")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_status_page_counts_waiting_and_failed_events_and_is_for_administrators_only()
    {
        await IntakeTestData.RegisterAsync(_app, await IntakeTestData.ComplaintAsync(_app, phone: "13900002001"));
        await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var message = await db.Outbox.FirstAsync(m => m.Status == OutboxStatus.Pending);
            message.Status = OutboxStatus.Failed;
            return await db.SaveChangesAsync();
        });
        var pending = await _app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Outbox.CountAsync(m => m.Status == OutboxStatus.Pending));
        using var admin = new BrowserSession(_app);
        await admin.SignInOrFailAsync("admin", DemoAccounts.Password);

        var html = await PageAsync(admin);

        Assert.Equal(pending.ToString(), BrowserSession.TestIdText(html, "operations-pending"));
        Assert.Equal("1", BrowserSession.TestIdText(html, "operations-failed"));
        Assert.Contains("operations-failed-events", html);
        Assert.Contains("operations-disk-free", html);

        using var agent = new BrowserSession(_app);
        await agent.SignInOrFailAsync("agent", DemoAccounts.Password);
        var refused = await agent.GetAsync("/admin/operations");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task Metrics_count_registered_cases_and_requests_and_are_read_only_from_this_host_or_the_scrape_networks()
    {
        await IntakeTestData.RegisterAsync(_app, await IntakeTestData.ComplaintAsync(_app, phone: "13900002002"));
        using var client = _app.CreateClient();
        await client.GetAsync("/Account/Login");

        // The exporter answers a scrape from a copy up to 300 ms old (another test of the class may just have scraped);
        // the counter is the process's, so parallel test apps may add to it: at least this registration is counted.
        var counted = new System.Text.RegularExpressions.Regex("hotline_cases_registered_total\\{[^}]*channel=\"Phone\"[^}]*\\} [1-9]");
        var metrics = await client.GetStringAsync("/metrics");
        for (var tries = 0; tries < 20 && !counted.IsMatch(metrics); tries++)
        {
            await Task.Delay(200);
            metrics = await client.GetStringAsync("/metrics");
        }

        Assert.Matches(counted, metrics);
        Assert.Contains("http_server_request_duration_seconds", metrics);
        Assert.Contains("hotline_outbox_pending", metrics);
        Assert.Contains("hotline_circuits_open", metrics);
        Assert.DoesNotContain("13900002002", metrics);

        _app.ClientAddress = IPAddress.Parse("10.20.3.4");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/metrics")).StatusCode);
        _app.ClientAddress = IPAddress.Parse("203.0.113.9");
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/metrics")).StatusCode);
    }

    private static async Task<string> PageAsync(BrowserSession browser)
    {
        var response = await browser.GetAsync("/admin/operations");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _app.Dispose();
}
