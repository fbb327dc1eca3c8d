using Hotline.Evaluation.Contracts;

namespace Hotline.Handling.Redo;

/// <summary>Redo (重办): Evaluation sends the case back to the unit leading it.</summary>
internal static class RedoRegistration
{
    public static IServiceCollection AddRedo(this IServiceCollection services)
    {
        services.AddScoped<RedoLanding>();
        services.AddScoped<RedoOrderBackfill>();
        return services.AddIntegrationEventHandler<RedoRequested, RedoRequestedHandler>();
    }
}
