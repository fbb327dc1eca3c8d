using System.Globalization;
using Hotline.Platform;
using Hotline.Platform.Identity;
using Hotline.Platform.Seeding;
using Hotline.Web.Components;
using Hotline.Web.Components.Account;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using MudBlazor;
using MudBlazor.Services;

namespace Hotline.Web;

/// <summary>Composes the platform and the modules into one Blazor Server application.</summary>
public static class HostSetup
{
    public static readonly CultureInfo Culture = new("zh-CN");

    public static WebApplicationBuilder AddHotlineHost(this WebApplicationBuilder builder)
    {
        CultureInfo.DefaultThreadCurrentCulture = Culture;
        CultureInfo.DefaultThreadCurrentUICulture = Culture;

        var services = builder.Services;
        services.AddHotlinePlatform(builder.Configuration, HotlineModules.All);
        services.AddHotlineIdentity();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.ExpireTimeSpan = IdentitySetup.IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.Cookie.Name = "hotline.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
        });

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AccessGate>();
        services.AddScoped<LoginAudit>();
        services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter;
            config.SnackbarConfiguration.VisibleStateDuration = 4000;
        });
        services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        var hosting = builder.Configuration.GetSection(HostingOptions.Section).Get<HostingOptions>() ?? new HostingOptions();
        // Keys live in the data directory so sign-in cookies survive a restart.
        services.AddDataProtection()
            .SetApplicationName("Hotline")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(hosting.FullDataDirectory, "keys")));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static async Task UseHotlineHostAsync(this WebApplication app)
    {
        await DatabaseInitializer.InitializeAsync(app.Services);

        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Culture),
            SupportedCultures = [Culture],
            SupportedUICultures = [Culture],
        });
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies([.. HotlineModules.PageAssemblies]);
        app.MapAccountEndpoints();
        Hotline.Platform.Downloads.DownloadEndpoints.MapFileDownloads(app);
        app.MapHealthChecks("/healthz");
        StartupBanner.Register(app);
    }
}
