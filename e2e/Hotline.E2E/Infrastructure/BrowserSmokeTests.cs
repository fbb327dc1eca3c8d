using System.Collections.Concurrent;
using Hotline.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hotline.E2E.Infrastructure;

/// <summary>The e2e plumbing works: the real app on a real port, Debian Chromium through Playwright, Chinese text on screen.</summary>
public class BrowserSmokeTests
{
    [Fact]
    public async Task Chromium_shows_the_login_page_of_the_running_app_with_all_its_resources()
    {
        await using var app = new SqliteApp();
        app.UseKestrel(0);
        app.StartServer();
        var baseAddress = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

        await using var browser = await BrowserLauncher.LaunchAsync();
        var page = await browser.NewPageAsync();
        // Styles and scripts too: a browser test host that does not serve static web assets
        // (MudBlazor's CSS, blazor.web.js) shows the text but never becomes interactive.
        var failed = new ConcurrentQueue<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
                failed.Enqueue($"{response.Status} {response.Url}");
        };
        page.RequestFailed += (_, request) => failed.Enqueue($"{request.Failure} {request.Url}");

        var response = await page.GotoAsync($"{baseAddress}/Account/Login", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Equal(200, response?.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "用户登录" })).ToBeVisibleAsync();
        Assert.Empty(failed);
    }
}
