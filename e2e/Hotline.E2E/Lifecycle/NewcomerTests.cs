using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Hotline.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Lifecycle;

/// <summary>
/// Scenario 6: the README's run command, started in a clean temporary data directory, serves the
/// login page and the demo logins it prints work — exactly what a newcomer does on day one.
/// </summary>
public sealed class NewcomerTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "hotline-newcomer", Guid.NewGuid().ToString("N")[..12]);
    private readonly StringBuilder _output = new();
    private Process? _app;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_readme_run_command_serves_the_login_page_and_the_demo_logins_work()
    {
        var port = FreePort();
        var baseAddress = $"http://127.0.0.1:{port}";
        _app = StartRunScript(baseAddress);
        await WaitUntilServingAsync(baseAddress, TimeSpan.FromMinutes(8));

        lock (_output)
        {
            var printed = _output.ToString();
            Assert.Contains("Demo@12345", printed);
            Assert.Contains("agent", printed);
        }
        Assert.True(File.Exists(Path.Combine(_dataDirectory, "hotline.db")), "the database is created in the given data directory");

        await using var browser = await BrowserLauncher.LaunchAsync();
        foreach (var (user, menuEntry) in new[] { ("agent", "登记工单"), ("zjj", "我的工单"), ("admin", "系统管理") })
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync($"{baseAddress}/Account/Login");
            await page.FillAsync("#Input\\.UserName", user);
            await page.FillAsync("#Input\\.Password", "Demo@12345");
            await page.ClickAsync("[data-testid=login-submit]");
            await E2EApp.ExpectSignedInAsync(page);
            await Expect(page.Locator("nav, .mud-navmenu").First).ToContainTextAsync(menuEntry);
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The README's option for a demo with work in it: the fresh database gets generated cases before the app starts.</summary>
    [Fact]
    public async Task The_run_command_with_demo_cases_starts_on_a_county_with_cases()
    {
        var baseAddress = $"http://127.0.0.1:{FreePort()}";
        _app = StartRunScript(baseAddress, "--demo-cases", "200");
        await WaitUntilServingAsync(baseAddress, TimeSpan.FromMinutes(8));
        Assert.Contains("生成 200 件工单", Output());

        await using var browser = await BrowserLauncher.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{baseAddress}/Account/Login");
        await page.FillAsync("#Input\\.UserName", "agent");
        await page.FillAsync("#Input\\.Password", "Demo@12345");
        await page.ClickAsync("[data-testid=login-submit]");
        await E2EApp.ExpectSignedInAsync(page);
        await page.GotoAsync($"{baseAddress}/cases");
        await Expect(page.Locator("[data-testid=case-table] .mud-table-page-number-information")).ToContainTextAsync("共 200 条");
    }

    private Process StartRunScript(string baseAddress, params string[] options)
    {
        var root = RepoRoot();
        var start = new ProcessStartInfo("bash", ["scripts/run.sh", "--urls", baseAddress, .. options])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Hotline__DataDirectory"] = _dataDirectory;
        var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilServingAsync(string baseAddress, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_app!.HasExited)
                throw new InvalidOperationException($"scripts/run.sh exited with {_app.ExitCode}:\n{Output()}");
            try
            {
                var response = await http.GetAsync($"{baseAddress}/Account/Login");
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(1000);
        }
        throw new TimeoutException($"scripts/run.sh did not serve {baseAddress} within {timeout}:\n{Output()}");
    }

    private string Output()
    {
        lock (_output)
            return _output.ToString();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hotline.Blazor.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    public async Task DisposeAsync()
    {
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            await _app.WaitForExitAsync();
        }
        _app?.Dispose();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { }
    }
}
