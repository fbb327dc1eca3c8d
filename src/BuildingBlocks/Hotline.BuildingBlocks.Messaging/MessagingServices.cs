using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Platform.Messaging;

public static class MessagingServices
{
    /// <summary>
    /// The outbox's delivery: the processor, its wake-up signal and the background worker. The host names the context
    /// the outbox is read from; handlers are added by each module with AddIntegrationEventHandler.
    /// </summary>
    public static IServiceCollection AddOutboxDelivery<TContext>(this IServiceCollection services)
        where TContext : class, IOutboxContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        if (!services.Any(d => d.ServiceType == typeof(EventHandlerRegistry)))
            services.AddSingleton(new EventHandlerRegistry());
        services.AddScoped<IOutboxContext>(sp => sp.GetRequiredService<TContext>());
        services.AddSingleton<OutboxProcessor>();
        services.AddHostedService<OutboxDispatcherService>();
        return services;
    }
}
