using System.Diagnostics;
using Microsoft.Playwright;

namespace Hotline.Benchmarks.Pages;

/// <summary>
/// Page ready in a real browser (Debian's Chromium, as the e2e tests launch it): from navigation until the page's data
/// is on screen and the circuit is interactive (the layout's marker), so a click would be handled. Sign-in → home runs
/// from the submission of the sign-in form until the role's home card shows its figures.
/// </summary>
internal static class BrowserTimings
{
    /// <summary>
    /// As the e2e tests launch it. The disabled features are the browser's own address-bar popup, a web page of its own
    /// (omnibox-popup.top-chrome) that Chromium loads into a separate renderer for every new window: ≈ 1 s of CPU that,
    /// in a new browser, ran on the machine's two cores during the very sign-in it timed (a trace with --trace shows it).
    /// A person opening a browser spends seconds on the address and the password before that sign-in starts.
    /// </summary>
    private static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,OmniboxAimPopup,AiModeOmniboxEntryPoint"];

    /// <summary>The home page's greeting, on every role's home.</summary>
    public const string Greeting = ".mud-typography-h5:has-text('您好')";

    /// <summary>Sign-ins per role before the timed ones: the app's code reaches full optimisation after its first uses, as in a day's work.</summary>
    private const int Warmups = 3;

    public sealed record Target(string Name, string User, string Path, string Ready);

    public static async Task RunAsync(string baseAddress, IReadOnlyList<Target> targets, IReadOnlyList<(string User, string Home)> homes, int runs,
        Func<List<double>, string> stats, IReadOnlyList<(string Words, string Title)> suggestions, string? traceDirectory)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("HOTLINE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArguments,
        });
        var signedIn = new Dictionary<string, IPage>();
        foreach (var (user, home) in homes)
        {
            // A staff workstation: its browser has opened the app before (scripts cached), the last user signed out.
            // And a browser that never opened it: only the sign-in page before, none of the caches a day of use warms.
            var workstation = await browser.NewContextAsync(new() { Locale = "zh-CN", TimezoneId = "Asia/Shanghai" });
            var workstationPage = await workstation.NewPageAsync();
            var (known, firstTime) = (new List<double>(), new List<double>());
            var (parts, firstParts) = (new List<SignInParts>(), new List<SignInParts>());
            for (var i = -Warmups; i < runs; i++)
            {
                var traced = traceDirectory is not null && i == runs - 1;
                await workstation.ClearCookiesAsync();
                var trace = traced ? await ChromiumTrace.StartAsync(browser) : null;
                var ms = await SignInAsync(workstationPage, baseAddress, user, home);
                if (trace is not null)
                    await trace.SaveAsync(Path.Combine(traceDirectory!, $"sign-in-{user}-workstation.json"));
                if (i >= 0)
                {
                    known.Add(ms);
                    parts.Add(await SignInParts.ReadAsync(workstationPage));
                }
                var context = await browser.NewContextAsync(new() { Locale = "zh-CN", TimezoneId = "Asia/Shanghai" });
                var page = await context.NewPageAsync();
                trace = traced ? await ChromiumTrace.StartAsync(browser) : null;
                ms = await SignInAsync(page, baseAddress, user, home);
                if (trace is not null)
                    await trace.SaveAsync(Path.Combine(traceDirectory!, $"sign-in-{user}-new-browser.json"));
                if (i >= 0)
                {
                    firstTime.Add(ms);
                    firstParts.Add(await SignInParts.ReadAsync(page));
                }
                await context.CloseAsync();
            }
            signedIn[user] = workstationPage;
            Console.WriteLine($"  {$"登录 → 首页 ({user})",-38} {"",25}   {stats(known)}");
            Console.WriteLine($"  {"",38} {"",25}   {SignInParts.Medians(parts)}");
            Console.WriteLine($"  {$"登录 → 首页 ({user}, 新浏览器)",-38} {"",25}   {stats(firstTime)}");
            Console.WriteLine($"  {"",38} {"",25}   {SignInParts.Medians(firstParts)}");
        }
        if (suggestions.Count > 0)
            await SuggestionsAsync(signedIn["agent"], baseAddress, suggestions, runs, stats);
        foreach (var target in targets)
        {
            var page = signedIn[target.User];
            var opened = new List<double>();
            var navigated = new List<double>();
            for (var i = 0; i <= runs; i++)
            {
                // Opened: a new document (a typed URL, a bookmark, F5) — prerender, scripts, a new circuit, the data.
                await page.GotoAsync("about:blank");
                var watch = Stopwatch.StartNew();
                await page.GotoAsync(baseAddress + target.Path, new() { WaitUntil = WaitUntilState.Commit });
                await ReadyAsync(page, target.Ready);
                if (i > 0)
                    opened.Add(watch.Elapsed.TotalMilliseconds);

                // Navigated: a click in the menu, within the running circuit, as staff move between pages all day.
                // From the home page, whose cards share no marker with the pages measured.
                await page.EvaluateAsync("path => Blazor.navigateTo(path)", "/");
                await page.WaitForURLAsync(baseAddress + "/");
                await page.Locator(Greeting).First.WaitForAsync();
                watch.Restart();
                await page.EvaluateAsync("path => Blazor.navigateTo(path)", target.Path);
                await ReadyAsync(page, target.Ready);
                if (i > 0)
                    navigated.Add(watch.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"  {target.Name + " 打开",-38} {"",25}   {stats(opened)}");
            Console.WriteLine($"  {target.Name + " 站内跳转",-38} {"",25}   {stats(navigated)}");
        }
    }

    /// <summary>
    /// 知识推荐 end to end (issue #14: ≤ 300 ms after the last keystroke): the caller's words go into the registration
    /// form's content, and the time runs from that input until the article that answers them is in the panel beside the form.
    /// </summary>
    private static async Task SuggestionsAsync(IPage page, string baseAddress, IReadOnlyList<(string Words, string Title)> asks, int runs,
        Func<List<double>, string> stats)
    {
        await page.GotoAsync(baseAddress + "/intake/register");
        await ReadyAsync(page, "[data-testid=knowledge-suggestions]");
        var content = page.Locator("textarea[data-testid=field-content]");
        var times = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            foreach (var (words, title) in asks)
            {
                await content.FillAsync("");
                await page.Locator("[data-testid=knowledge-suggestions-empty]").WaitForAsync(new() { Timeout = 10_000 });
                // The words arrive as one input (the last keystroke, or a paste): typed one key at a time, the article
                // often shows before the last key, which would time nothing.
                var watch = Stopwatch.StartNew();
                await content.FillAsync(words);
                await page.Locator("[data-testid=knowledge-suggestion]", new() { HasText = title }).First.WaitForAsync(new() { Timeout = 10_000 });
                if (i > 0)
                    times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        var sorted = times.Order().ToList();
        Console.WriteLine($"  {$"知识推荐 输入后出现 (agent, {times.Count} 次)",-38} {"",25}   {stats(times)}   target p95 <= 300 ms " +
                          Timings.Verdict(sorted[(int)Math.Ceiling(0.95 * sorted.Count) - 1] <= 300));
    }

    /// <summary>
    /// Signs in from the sign-in page and times, on the browser's clock, from the form's submission (the start of the
    /// navigation that ends on the home page: the POST, its redirect, the home) until the home is ready — what the user
    /// waits for after the click, without the automation's own time to find and click the button.
    /// </summary>
    private static async Task<double> SignInAsync(IPage page, string baseAddress, string user, string home)
    {
        await page.GotoAsync($"{baseAddress}/Account/Login");
        await page.FillAsync("#Input\\.UserName", user);
        await page.FillAsync("#Input\\.Password", SignedInClient.DemoPassword);
        await page.ClickAsync("[data-testid=login-submit]");
        await ReadyAsync(page, home);
        return await page.EvaluateAsync<double>("() => performance.now()");
    }

    private static async Task ReadyAsync(IPage page, string ready)
    {
        await page.Locator(ready).First.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 60_000 });
        await page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
    }
}
