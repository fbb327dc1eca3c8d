using Hotline.Testing;
using Bunit;
using Bunit.TestDoubles;
using Hotline.Platform;
using Hotline.Platform.Admin;
using Hotline.Platform.Identity;
using Hotline.Platform.Modules;
using Hotline.Platform.Persistence;
using Hotline.Platform.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;

namespace Hotline.ComponentTests.Infrastructure;

/// <summary>
/// bUnit context with MudBlazor, the real platform services on a fresh SQLite file seeded with the
/// demo county, and a signed-in user chosen by the test.
/// </summary>
public abstract class ComponentTestBase : BunitContext, IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "hotline-bunit", Guid.NewGuid().ToString("N")[..12]);

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));

    protected BunitAuthorizationContext Auth { get; }

    /// <summary>The state a prerender hands to the interactive render (<c>PersistentComponentState</c>).</summary>
    protected BunitPersistentComponentState PrerenderState { get; }

    protected ComponentTestBase()
    {
        Directory.CreateDirectory(_dataDirectory);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hotline:DataDirectory"] = _dataDirectory,
            ["Hotline:DemoMode"] = "true",
            ["Database:Provider"] = "Sqlite",
        }).Build();
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddRunLog());
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddHotlinePlatform(configuration, Hotline.Web.HotlineModules.All);
        Services.AddPlatformAdmin();
        Services.AddHotlineDemoData();
        Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        Services.RecordIssuedSecrets();
        Services.AddScoped<CurrentUser>();
        Services.AddScoped<AccessGate>();
        // Background workers are not part of a component test.
        Services.RemoveAll<Microsoft.Extensions.Hosting.IHostedService>();
        Auth = AddAuthorization();
        PrerenderState = this.AddBunitPersistentComponentState();
    }

    /// <summary>Signs in a demo account by name with its role, unit and two-factor claims.</summary>
    protected async Task SignInAsync(string userName)
    {
        var (name, display, role, _) = DemoAccounts.All.Single(a => a.UserName == userName);
        var db = Services.GetRequiredService<UserAccessDbContext>();
        var user = db.Users.Single(u => u.UserName == name);
        // Demo mode is on here: the demo accounts that need two factors are exempt, as in the app.
        var exempt = role == HotlineRoles.CenterAdmin && TwoFactorRule.IsExempt(name, demoMode: true);
        Auth.SetAuthorized(name);
        Auth.SetRoles(role);
        Auth.SetClaims(
            new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, user.Id),
            new System.Security.Claims.Claim(HotlineClaims.UnitId, user.UnitId.ToString()),
            new System.Security.Claims.Claim(HotlineClaims.DisplayName, display),
            new System.Security.Claims.Claim(HotlineClaims.TwoFactor, user.TwoFactorEnabled ? "enabled" : exempt ? "exempt" : "missing"));
        // bUnit grants policies by name only: mirror what the real Admin policy would decide.
        if (role == HotlineRoles.CenterAdmin && (exempt || user.TwoFactorEnabled))
            Auth.SetPolicies(HotlinePolicies.Admin);
        await Task.CompletedTask;
    }

    /// <summary>Renders the providers MudBlazor needs for popovers and dialogs.</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderProviders()
    {
        Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        return Render<MudPopoverProvider>();
    }

    public async Task InitializeAsync() => await DatabaseInitializer.InitializeAsync(Services);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        // This test's pool only: clearing every pool closed the handles of tests running beside it while they opened
        // connections (ObjectDisposedException in SqliteConnection.Open).
        var hosting = new HostingOptions { DataDirectory = _dataDirectory };
        using (var own = new Microsoft.Data.Sqlite.SqliteConnection(PlatformServices.ResolveConnectionString(new DatabaseOptions(), hosting)))
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(own);
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { /* temp folder */ }
    }
}
