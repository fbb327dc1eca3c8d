using System.Text.RegularExpressions;
using Hotline.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hotline.E2E.Infrastructure;

/// <summary>
/// One running app (demo county, on a real port) and one browser per test class. The app runs on
/// the test factory's <c>FakeTimeProvider</c>: the only way the clock can be moved, and only in tests.
/// </summary>
public abstract class E2EHost(HotlineAppFactory app) : IAsyncLifetime
{
    public HotlineAppFactory App { get; } = app;

    /// <summary>The app's clock; moving it makes deadlines pass. Sessions expire on it too: sign in again after a jump.</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => App.Clock;

    public string BaseAddress { get; private set; } = "";
    public BrowserLauncher Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        BaseAddress = App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        Browser = await BrowserLauncher.LaunchAsync();
    }

    /// <summary>A fresh browser context signed in as a demo account, on the home page with the circuit interactive.</summary>
    /// <param name="viewport">A phone's or a desk's screen; Playwright's default otherwise.</param>
    public async Task<IPage> SignInAsync(string userName, ViewportSize? viewport = null)
    {
        var page = await Browser.NewPageAsync(viewport);
        await page.GotoAsync($"{BaseAddress}/Account/Login");
        await page.FillAsync("#Input\\.UserName", userName);
        await page.FillAsync("#Input\\.Password", "Demo@12345");
        await page.ClickAsync("[data-testid=login-submit]");
        await ExpectSignedInAsync(page);
        await WaitInteractiveAsync(page);
        return page;
    }

    public async Task GotoAsync(IPage page, string path)
    {
        await page.GotoAsync($"{BaseAddress}{path}");
        await WaitInteractiveAsync(page);
    }

    /// <summary>
    /// Waits until the address matches. It polls the page's address instead of listening for the next navigation
    /// (WaitForURL): a navigation within the circuit can land between that method's look at the address and its
    /// listener, and the wait then runs out on a page that is already there.
    /// </summary>
    public static Task ExpectPathAsync(IPage page, Regex address) =>
        Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = 30_000 });

    /// <summary>The login form has been left for the page it returns to.</summary>
    public static Task ExpectSignedInAsync(IPage page) =>
        Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"), new() { Timeout = 30_000 });

    /// <summary>Clicks before the circuit is up are lost; the layout renders a marker once it is.</summary>
    public static Task WaitInteractiveAsync(IPage page) =>
        page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });

    /// <summary>Opens a MudBlazor select or autocomplete and picks the option with the given text.</summary>
    public static async Task PickOptionAsync(IPage page, string text)
    {
        var option = page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = text }).First;
        await option.ClickAsync();
        // The select closes its list only after it has taken the value on the server; a click that follows sooner
        // (e.g. 保存) can be handled while the value is still the old one.
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = text })).ToHaveCountAsync(0);
    }

    /// <summary>Keeps a screenshot and the page HTML of a failed step where CI keeps artifacts.</summary>
    public static async Task SaveEvidenceAsync(IPage page, string name)
    {
        var folder = ArtifactsFolder("e2e");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), await page.ContentAsync());
        Console.WriteLine($"e2e evidence saved: {Path.Combine(folder, name)}.png/.html");
    }

    /// <summary>A folder under artifacts/ (kept by CI, ignored by git), created on first use.</summary>
    public static string ArtifactsFolder(string name)
    {
        var folder = Path.Combine(FindRepoRoot(), "artifacts", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hotline.Blazor.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? Path.GetTempPath();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await App.DisposeAsync();
    }
}

/// <summary>The app on SQLite.</summary>
public sealed class E2EApp() : E2EHost(new SqliteApp());

/// <summary>The app on the throwaway MariaDB server scripts/test.sh starts.</summary>
public sealed class MariaDbE2EApp() : E2EHost(new MariaDbApp());

/// <summary>Base for browser tests: runs each scenario and saves evidence when it fails.</summary>
public abstract class E2ETest(E2EApp e2e) : E2EScenario<E2EApp>(e2e), IClassFixture<E2EApp>;

/// <summary>Base for scenarios that run on both databases: derive an abstract class, then one per host.</summary>
public abstract class E2EScenario<THost>(THost e2e) where THost : E2EHost
{
    protected THost E2E { get; } = e2e;

    protected async Task ScenarioAsync(string name, IPage page, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            await E2EApp.SaveEvidenceAsync(page, name);
            throw;
        }
    }
}
