using Hotline.Platform.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Collections.Concurrent;
using System.Security.Claims;

namespace Hotline.Benchmarks.Pages;

/// <summary>The real application over an already seeded database, on the real clock (the generated stories end "now").</summary>
internal sealed class SeededApp(string dataDirectory, string? mariaDbConnectionString, bool logSql = false) : WebApplicationFactory<Program>
{
    // Test hosts get the app's content root from an attribute the testing package generates; a console app says it itself.
    private readonly bool _contentRootSet = SetContentRoot();

    private static bool SetContentRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Hotline.Blazor.sln")))
            root = root.Parent;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HOTLINE_WEB", Path.Combine(root!.FullName, "src", "Hotline.Web"));
        return true;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production: no developer pages, no scope validation, the settings a county runs with (demo mode allowed for the demo data).
        builder.UseEnvironment("Production");
        // Outside a published folder the framework and module scripts (blazor.web.js, MudBlazor) are found through the manifest.
        builder.UseStaticWebAssets();
        // ... but served as a published app serves them (cached for a year by their fingerprinted names), not re-read and
        // revalidated on every request as the build manifest's default (runtime reload for development) would.
        builder.UseSetting("ReloadStaticAssetsAtRuntime", "false");
        builder.UseSetting("Hotline:DataDirectory", dataDirectory);
        builder.UseSetting("Hotline:DemoMode", "true");
        builder.UseSetting("Hotline:AllowDemoModeInProduction", "true");
        if (mariaDbConnectionString is not null)
        {
            builder.UseSetting("Database:Provider", "MySql");
            builder.UseSetting("Database:ConnectionString", mariaDbConnectionString);
        }
        // --sql-log: every command with its time, to find where a page's time goes.
        if (logSql)
        {
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
            builder.UseSetting("Logging:Console:TimestampFormat", "HH:mm:ss.ffffff ");
        }
        // The deadline watch's one-minute tick is measured by the benchmark itself (SupervisionWatchBench), with its own data.
        builder.ConfigureTestServices(services =>
        {
            foreach (var worker in services.Where(d => d.ImplementationType == typeof(Hotline.Supervision.Deadlines.DeadlineWatchWorker)).ToList())
                services.Remove(worker);
        });
        builder.ConfigureLogging(logging => logging.ClearProviders().AddFilter((category, level) => level >= LogLevel.Error
            || (logSql && level >= LogLevel.Information && category == "Microsoft.EntityFrameworkCore.Database.Command")).AddConsole());
    }

    /// <summary>Waits until every integration event queued so far is handled (at most five minutes).</summary>
    public async Task EventsHandledAsync()
    {
        var wait = System.Diagnostics.Stopwatch.StartNew();
        while (wait.Elapsed < TimeSpan.FromMinutes(5) && await PendingEventsAsync() > 0)
            await Task.Delay(100);
    }

    /// <summary>Integration events queued and not yet handled: the backlog of the event handlers.</summary>
    public async Task<int> PendingEventsAsync()
    {
        await using var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Hotline.Platform.Persistence.PlatformDbContext>();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Outbox, m => m.Status == Hotline.Platform.Messaging.OutboxStatus.Pending);
    }

    // A circuit keeps its user's principal for the whole visit; building it costs five identity queries, once per user here.
    private readonly ConcurrentDictionary<string, Task<ClaimsPrincipal>> _principals = new();

    /// <summary>Runs <paramref name="work"/> in a scope signed in as <paramref name="userName"/>, as a Blazor circuit would be.</summary>
    public async Task<T> AsUserAsync<T>(string userName, Func<IServiceProvider, Task<T>> work)
    {
        var principal = await _principals.GetOrAdd(userName, PrincipalAsync);
        await using var scope = Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        ((IHostEnvironmentAuthenticationStateProvider)sp.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return await work(sp);
    }

    private async Task<ClaimsPrincipal> PrincipalAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var user = await sp.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"没有用户 {userName}：数据库不是用 scripts/seed-scale.sh 生成的演示库？");
        return await sp.GetRequiredService<SignInManager<ApplicationUser>>().CreateUserPrincipalAsync(user);
    }
}
