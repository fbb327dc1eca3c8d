using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Administration.Persistence;
using Hotline.Platform.Persistence;
using Hotline.Platform.Seeding;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Platform;

/// <summary>The same start-up checks on both providers: migrate, seed, serve.</summary>
public abstract class StartupTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task Liveness_answers_and_readiness_reports_the_database_the_event_delivery_and_the_disk()
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Contains("最早待处理事件", checks.GetProperty("outbox").GetProperty("description").GetString());
        Assert.Contains("数据目录所在磁盘剩余", checks.GetProperty("disk").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Readiness_fails_while_an_event_has_waited_for_delivery_over_half_an_hour()
    {
        var stuck = new Hotline.Platform.Messaging.OutboxMessage
        {
            Id = Guid.CreateVersion7(), EventType = "StuckForTheTest", Payload = "{}", Status = Hotline.Platform.Messaging.OutboxStatus.Pending,
            OccurredAtUtc = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-40),
            // Retried later (a handler that keeps failing): the worker leaves it alone meanwhile.
            NextAttemptAtUtc = app.Clock.GetUtcNow().UtcDateTime.AddDays(1),
        };
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.Outbox.Add(stuck);
            await db.SaveChangesAsync();
        });
        try
        {
            var ready = await app.CreateClient().GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var outbox = (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").GetProperty("outbox");
            Assert.Equal("Unhealthy", outbox.GetProperty("status").GetString());
            Assert.Contains("已等待 40 分钟", outbox.GetProperty("description").GetString());
            Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/healthz")).StatusCode);
        }
        finally
        {
            await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Outbox.Where(m => m.Id == stuck.Id).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task Demo_county_and_accounts_are_seeded()
    {
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<UserAccessDbContext>();
            var administration = sp.GetRequiredService<AdministrationDbContext>();
            Assert.True(await administration.Units.CountAsync() >= 30);
            Assert.True(await administration.Categories.CountAsync() >= 55);
            Assert.Equal(DemoAccounts.All.Count, await db.Users.CountAsync());
            Assert.Equal([2024, 2025, 2026], await administration.CalendarYears.OrderBy(y => y.Year).Select(y => y.Year).ToListAsync());
        });
    }

    [Fact]
    public async Task Snackbars_sit_bottom_right_out_of_the_page_header_stack_and_hide_themselves()
    {
        await app.WithScopeAsync(sp =>
        {
            var snackbars = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<MudBlazor.SnackbarConfiguration>>().Value;
            Assert.Equal(MudBlazor.Defaults.Classes.Position.BottomRight, snackbars.PositionClass);
            Assert.True(snackbars.MaxDisplayedSnackbars > 1);
            Assert.InRange(snackbars.VisibleStateDuration, 2000, 8000);
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Anonymous_requests_to_staff_pages_are_sent_to_login()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
    }
}

public sealed class SqliteStartupTests(SqliteApp app) : StartupTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbStartupTests(MariaDbApp app) : StartupTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
