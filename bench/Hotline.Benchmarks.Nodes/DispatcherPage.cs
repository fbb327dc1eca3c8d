using System.Diagnostics;
using Hotline.E2E.Infrastructure;
using Hotline.Platform.Seeding;
using Microsoft.Playwright;

namespace Hotline.Benchmarks.Nodes;

/// <summary>
/// The dispatcher's home page in Chromium, signed in through the proxy: its 今日受理 block counts the online requests
/// waiting for acceptance and is refreshed live when a request is registered — on whichever node that happens.
/// </summary>
internal sealed class DispatcherPage(IPage page)
{
    private const string Pending = "[data-testid=today-pending]";

    public static async Task<DispatcherPage> SignInAsync(BrowserLauncher browser, Uri front)
    {
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(new Uri(front, "Account/Login").ToString());
        await page.FillAsync("#Input\\.UserName", "dispatcher");
        await page.FillAsync("#Input\\.Password", DemoAccounts.Password);
        await page.ClickAsync("[data-testid=login-submit]");
        try
        {
            await page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await page.Locator(Pending).WaitForAsync();
        }
        catch (TimeoutException ex)
        {
            var text = await page.Locator("body").InnerTextAsync();
            throw new InvalidOperationException($"the dispatcher's home page did not come up at {page.Url}: {text[..Math.Min(text.Length, 300)]}", ex);
        }
        return new DispatcherPage(page);
    }

    private async Task<int> PendingAsync() => int.Parse((await page.Locator(Pending).InnerTextAsync()).Trim());

    /// <summary>Whether the page comes to show <paramref name="count"/> waiting requests within the time, without a reload.</summary>
    public async Task<bool> ShowsPendingAsync(int count, TimeSpan within)
    {
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < within; await Task.Delay(200))
        {
            if (await PendingAsync() == count)
                return true;
        }
        return false;
    }
}
