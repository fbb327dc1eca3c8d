using Hotline.Platform.Messaging;
using Hotline.Platform.Modules;
using Hotline.Platform.Navigation;
using Hotline.Platform.Notifications;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Platform;

public static class PlatformServices
{
    /// <summary>Registers the platform: databases for the platform and every module, messaging, identity, notifications.</summary>
    public static IServiceCollection AddHotlinePlatform(this IServiceCollection services, IConfiguration configuration,
        IReadOnlyList<IHotlineModule> modules)
    {
        var hosting = configuration.GetSection(HostingOptions.Section).Get<HostingOptions>() ?? new HostingOptions();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ResolveConnectionString(database, hosting);
        services.AddSingleton(hosting);
        services.AddSingleton(database);

        services.TryAddSingleton(TimeProvider.System);
        // Every page and service authorizes by the platform's roles and policies, two-factor enrolment included.
        services.AddAuthorization(Identity.HotlinePolicies.Configure);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, Identity.TwoFactorAuthorizationHandler>();
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<LiveUpdates>();
        services.AddMetrics();
        services.AddSingleton<Monitoring.HotlineMetrics>();
        services.AddSingleton<WorkerWakeups>();
        services.AddSingleton<Caching.ReferenceDataCache>();
        services.AddSingleton<SaveChangesObservers>();
        services.AddSingleton<HotlineSaveChangesInterceptor>();
        services.AddSingleton<CommitSignalInterceptor>();
        services.AddOutboxDelivery<PlatformDbContext>();

        services.AddHotlineDbContext<PlatformDbContext>(database, connectionString);
        services.AddDbContext<SchemaDbContext>((sp, options) => options
            .UseHotlineDatabase(database, connectionString)
            .ReplaceService<IModelCacheKeyFactory, SchemaModelCacheKeyFactory>());
        foreach (var module in modules)
        {
            services.AddSingleton(module);
            module.AddServices(services, configuration);
        }
        services.AddNavEntries(Navigation.PlatformNavigation.Entries);

        services.AddScoped<InAppInbox>();
        services.AddScoped(sp => new Settings.SettingsStore(sp.GetRequiredService<IDbContextFactory<PlatformDbContext>>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Caching.ReferenceDataCache>()));
        services.AddScoped<Settings.UserPreferences>();
        services.AddSingleton<Slots.CasePanelRegistry>();
        services.AddScoped<Cases.CaseTimelineReader>();
        services.AddScoped<Security.AdminGuard>();
        services.TryAddScoped<Cases.IUnitCaseScope, Cases.NoUnitCaseScope>();
        services.AddSingleton(new Attachments.AttachmentStore(new Attachments.AttachmentStorage(hosting.UploadsDirectory)));
        services.AddSingleton<Slots.HomeWidgetRegistry>();
        services.AddScoped<Slots.CaseLookups>();
        services.AddScoped<Downloads.FileDownloads>();
        services.AddSingleton<Downloads.DownloadTickets>();
        Documents.DocumentServices.AddHotlineDocuments(services, configuration);
        services.AddSingleton<NotificationProcessor>();
        services.AddSingleton<NotificationSecrets>();
        services.AddSingleton<RecordedSms>();
        services.AddHostedService<NotificationDispatcherService>();
        services.AddSingleton<Auditing.AuditChain>();
        services.AddHostedService<Auditing.AuditSealingService>();
        services.AddSingleton<RecordingSmsSender>();
        services.AddScoped<Notifications.Sms.SmsGatewayConfig>();
        services.AddScoped<Notifications.Sms.SmsTemplates>();
        services.AddScoped<Notifications.Sms.SmsAdmin>();
        services.AddScoped<INotificationSender, Notifications.Sms.SmsSender>();
        // Its own client, without the factory's request logging: the gateway's address may carry the number or the key.
        services.AddHttpClient(Notifications.Sms.HttpSmsGateway.ClientName, c => c.MaxResponseContentBufferSize = Notifications.Sms.HttpSmsGateway.MaxReplyBytes)
            .RemoveAllLoggers();
        services.AddSingleton<INotificationSender, InAppSender>();
        return services;
    }

    /// <summary>Registers a context on the configured provider with the platform's save-changes rules; modules call this for theirs.</summary>
    public static IServiceCollection AddHotlineDbContext<TContext>(this IServiceCollection services, DatabaseOptions database, string connectionString)
        where TContext : DbContext
    {
        // A factory, because Blazor circuits live long: UI services create a context per operation.
        // EF also registers TContext itself as scoped for request- and job-scoped code.
        services.AddDbContextFactory<TContext>((sp, options) => options
            .UseHotlineDatabase(database, connectionString)
            .AddInterceptors(sp.GetRequiredService<HotlineSaveChangesInterceptor>(), sp.GetRequiredService<CommitSignalInterceptor>()),
            ServiceLifetime.Scoped);
        return services;
    }

    /// <summary>For modules: the same provider and connection the platform uses.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, IConfiguration configuration)
        where TContext : DbContext
    {
        var hosting = configuration.GetSection(HostingOptions.Section).Get<HostingOptions>() ?? new HostingOptions();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return services.AddHotlineDbContext<TContext>(database, ResolveConnectionString(database, hosting));
    }

    public static string ResolveConnectionString(DatabaseOptions database, HostingOptions hosting)
    {
        if (!string.IsNullOrWhiteSpace(database.ConnectionString))
            return database.ConnectionString;
        if (database.Provider == DatabaseProvider.MySql)
            throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is MySql.");
        return $"Data Source={Path.Combine(hosting.FullDataDirectory, "hotline.db")}";
    }
}
