using Hotline.Platform.Auditing;
using Hotline.Evaluation.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Platform.Identity;
using Hotline.Platform.Messaging;
using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Integration.Feed;

/// <summary>数据推送: case events to departments by signed webhooks (outbox, retries, dead letters) or by the pull feed.</summary>
internal static class FeedRegistration
{
    public static IServiceCollection AddFeed(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(PlatformNavigation.SettingsGroup, "数据推送", "/admin/integration/feed", Icons.Material.Filled.Webhook, [HotlineRoles.CenterAdmin], 99)]);
        services.AddAuditObjectType(FeedSubscriptions.AuditObject, "推送订阅", _ => "/admin/integration/feed");
        services.AddScoped<FeedPayloads>();
        services.AddScoped<FeedSubscriptions>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<FeedSignal>();
        services.AddSingleton<FeedDispatcher>();
        services.AddHostedService<FeedDeliveryWorker>();
        // A receiver is given 10 s; redirects are not followed, so a delivery goes only where the administrator pointed it.
        // Four log lines per delivery would drown the log at feed volume: the dispatcher logs failures itself.
        services.AddHttpClient(FeedDispatcher.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers();
        services.AddIntegrationEventHandler<CaseAccepted, AcceptedFeed>();
        services.AddIntegrationEventHandler<CaseDispatched, DispatchedFeed>();
        services.AddIntegrationEventHandler<CaseReplied, RepliedFeed>();
        services.AddIntegrationEventHandler<RedoRequested, RedoRatedFeed>();
        services.AddIntegrationEventHandler<CaseClosed, ClosedFeed>();
        services.AddIntegrationEventHandler<CaseClosedAtIntake, ClosedAtIntakeFeed>();
        return services;
    }
}
