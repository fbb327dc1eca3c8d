using System.Globalization;
using Hotline.Platform.Admin;
using Hotline.Platform.Notifications;
using Hotline.Platform.Security;
using Hotline.Platform.Seeding;
using Hotline.Web.Components;
using Hotline.Web.Infrastructure;
using Hotline.Web.Infrastructure.Logging;
using Hotline.Web.Infrastructure.Monitoring;
using Hotline.Web.Infrastructure.Scaling;
using Hotline.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
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

        SecretFiles.Add(builder.Configuration);
        var services = builder.Services;
        var hosting = builder.Configuration.GetSection(HostingOptions.Section).Get<HostingOptions>() ?? new HostingOptions();
        // Demo mode means published passwords and exempt admins: never by accident on a production server.
        if (hosting.DemoMode && builder.Environment.IsProduction() && !hosting.AllowDemoModeInProduction)
            throw new InvalidOperationException(
                "Demo mode (Hotline:DemoMode) is refused in the Production environment: its accounts use a published password. " +
                "Turn demo mode off, or set Hotline:AllowDemoModeInProduction=true (environment variable Hotline__AllowDemoModeInProduction) " +
                "for a demonstration server that holds no real data.");
        var security = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        ProductionSafety.Enforce(builder.Configuration, builder.Environment, hosting, security);
        services.AddSingleton(security);
        services.Configure<ForwardedHeadersOptions>(options => ForwardedHeadersSetup.Configure(options, security));
        var cookieSecurity = security.SecureCookiesAlways ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        // The antiforgery cookie follows the request (its default is never Secure): it is no credential, and "always"
        // would refuse every form behind a proxy that does not forward the scheme.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.ConfigureAll<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(options => options.Cookie.SecurePolicy = cookieSecurity);
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(security.HstsMaxAgeDays));
        services.AddHotlinePlatform(builder.Configuration, HotlineModules.All);
        services.AddPlatformAdmin();
        services.AddHotlineDemoData();
        services.AddAuditObjectType("Backup", "数据备份", _ => "/admin/operations");

        // SignalR's default 32 KB message would drop the circuit when a long text (a 10,000-character requirement,
        // a pasted 200,000-character article) is sent, before the form's own limit message can answer it.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = 2 * 1024 * 1024);
        services.AddScoped<CurrentUser>();
        services.AddScoped<AccessGate>();
        services.AddScoped<IdleCircuitHandler>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<IdleCircuitHandler>());
        services.AddScoped<CircuitHandler, CircuitLogScope>();
        services.AddMudServices(config =>
        {
            // Bottom right, out of the way of the page header and the case's status chip; several stack, each hides itself.
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            config.SnackbarConfiguration.NewestOnTop = false;
            config.SnackbarConfiguration.MaxDisplayedSnackbars = 4;
            config.SnackbarConfiguration.ShowCloseIcon = true;
            config.SnackbarConfiguration.VisibleStateDuration = 4000;
        });
        services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        // Keys live in the data directory so sign-in cookies survive a restart; only the service user may read them.
        var keys = new DirectoryInfo(Path.Combine(hosting.FullDataDirectory, "keys"));
        var dataProtection = services.AddDataProtection().SetApplicationName("Hotline");
        // Several app nodes must share one key ring: then it lives in the database they share.
        if (hosting.KeysInDatabase)
            services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, sp) =>
                options.XmlRepository = new DatabaseKeyRepository(sp.GetRequiredService<IServiceScopeFactory>()));
        else
            services.AddOptions<KeyManagementOptions>().Configure<ILoggerFactory>((options, loggers) =>
                options.XmlRepository = new RestrictedKeyRepository(keys, loggers));
        if (!string.IsNullOrWhiteSpace(security.KeyCertificatePath))
        {
            dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                security.KeyCertificatePath, security.KeyCertificatePassword));
        }
        services.AddHotlineHealthChecks();
        services.AddHotlineMetrics(builder.Configuration);
        // Several app nodes: live updates, cache drops, index syncs and the rate limits' counters cross them through Redis.
        if (!string.IsNullOrWhiteSpace(hosting.Redis))
        {
            services.AddSingleton(_ => new RedisConnection(hosting.Redis));
            services.AddHostedService(sp => new RedisLiveRelay(sp.GetRequiredService<LiveUpdates>(), sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<ILogger<RedisLiveRelay>>()));
            services.AddSingleton<ISharedRateLimits>(sp => new RedisRateLimits(sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<ILogger<RedisRateLimits>>()));
        }
        return builder;
    }

    public static async Task UseHotlineHostAsync(this WebApplication app)
    {
        await DatabaseInitializer.InitializeAsync(app.Services);

        var compressedAssets = new CompressedFingerprintedAssets();
        app.Use((context, next) => compressedAssets.InvokeAsync(context, next));
        // Routing where the framework would put it (first), only after the assets' rewrite.
        app.UseRouting();

        // First, so everything after sees the client's address and scheme (audit, rate limits, secure cookies).
        app.UseForwardedHeaders();
        var security = app.Services.GetRequiredService<SecurityOptions>();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        if (security.Hsts)
            app.UseHsts();
        if (security.HttpsRedirection)
            app.UseHttpsRedirection();
        app.UseHotlineSecurityHeaders();
        // Explicitly here, not where the framework would put them (first): after the forwarded headers, so cookies
        // see the client's scheme, and after the security headers, so sign-in redirects and refusals carry them.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRequestLogScope();
        app.MapHotlineMetrics();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Culture),
            SupportedCultures = [Culture],
            SupportedUICultures = [Culture],
        });
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        compressedAssets.Learn(app);
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies([.. HotlineModules.PageAssemblies]);
        Hotline.Platform.Downloads.DownloadEndpoints.MapFileDownloads(app);
        foreach (var module in HotlineModules.All)
            module.MapEndpoints(app);
        app.MapHotlineHealthChecks();
        StartupBanner.Register(app);
    }
}
