using System.Net;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Platform;

/// <summary>The same start-up checks on both providers: migrate, seed, serve.</summary>
public abstract class StartupTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task Health_endpoint_reports_the_database_healthy()
    {
        var response = await app.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Demo_county_and_accounts_are_seeded()
    {
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            Assert.True(await db.Units.CountAsync() >= 30);
            Assert.True(await db.Categories.CountAsync() >= 55);
            Assert.Equal(11, await db.Users.CountAsync());
            Assert.Equal([2025, 2026], await db.CalendarYears.OrderBy(y => y.Year).Select(y => y.Year).ToListAsync());
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
