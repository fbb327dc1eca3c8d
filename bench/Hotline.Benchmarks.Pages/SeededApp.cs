using Hotline.Platform.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Benchmarks.Pages;

/// <summary>The real application over an already seeded database, on the real clock (the generated stories end "now").</summary>
internal sealed class SeededApp(string dataDirectory, string? mariaDbConnectionString) : WebApplicationFactory<Program>
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
        builder.UseSetting("Hotline:DataDirectory", dataDirectory);
        builder.UseSetting("Hotline:DemoMode", "true");
        builder.UseSetting("Hotline:AllowDemoModeInProduction", "true");
        if (mariaDbConnectionString is not null)
        {
            builder.UseSetting("Database:Provider", "MySql");
            builder.UseSetting("Database:ConnectionString", mariaDbConnectionString);
        }
        builder.ConfigureLogging(logging => logging.ClearProviders().AddFilter((_, level) => level >= LogLevel.Error).AddConsole());
    }

    /// <summary>Runs <paramref name="work"/> in a scope signed in as <paramref name="userName"/>, as a Blazor circuit would be.</summary>
    public async Task<T> AsUserAsync<T>(string userName, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var user = await sp.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"没有用户 {userName}：数据库不是用 scripts/seed-scale.sh 生成的演示库？");
        var principal = await sp.GetRequiredService<SignInManager<ApplicationUser>>().CreateUserPrincipalAsync(user);
        ((IHostEnvironmentAuthenticationStateProvider)sp.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return await work(sp);
    }
}
