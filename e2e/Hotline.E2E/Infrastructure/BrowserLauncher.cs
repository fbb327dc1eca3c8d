using Microsoft.Playwright;

namespace Hotline.E2E.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright. Playwright's own browser builds are never downloaded:
/// the package only brings its driver (with its own node), and the browser is the distribution's,
/// installed by scripts/test.sh together with the CJK fonts it renders with.
/// </summary>
public sealed class BrowserLauncher : IAsyncDisposable
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    /// <summary>Points at another Chromium binary, e.g. on a developer machine that is not Debian.</summary>
    public const string ExecutableVariable = "HOTLINE_CHROMIUM";

    /// <summary>
    /// Root in CI has no sandbox; the rest keeps the browser quiet and off the network besides our server. The disabled
    /// features are the browser's own address-bar popup, a page Chromium loads into a renderer of its own for every new
    /// window — every scenario's context — at ≈ 1 s of CPU on a 2-core machine, for a popup no scenario opens.
    /// </summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,OmniboxAimPopup,AiModeOmniboxEntryPoint",
    ];

    private readonly IPlaywright _playwright;

    private BrowserLauncher(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static string Executable => Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } path ? path : DefaultExecutable;

    public static async Task<BrowserLauncher> LaunchAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException(
                $"No Chromium at {Executable}. Install it with 'apt-get install chromium' (scripts/test.sh does) or set {ExecutableVariable}.");
        // Every scenario walks on a shared, busy build machine (2 cores, the app and Chromium): a save that takes
        // longer than Playwright's default 5 s is slow, not wrong. One setting for the process, not per test.
        Assertions.SetDefaultExpectTimeout(15_000);
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Executable,
                Headless = true,
                Args = Arguments,
            });
            return new BrowserLauncher(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh context (own cookies) and page, in Chinese like the county's staff browsers.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null)
    {
        var options = new BrowserNewContextOptions { Locale = "zh-CN", TimezoneId = "Asia/Shanghai" };
        if (viewport is not null)
            (options.ViewportSize, options.IsMobile, options.HasTouch) = (viewport, viewport.Width < 600, viewport.Width < 600);
        var context = await Browser.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
