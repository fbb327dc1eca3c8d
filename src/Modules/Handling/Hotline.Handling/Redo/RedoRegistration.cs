using Hotline.Evaluation.Contracts;

namespace Hotline.Handling.Redo;

/// <summary>Redo (重办): Evaluation sends the case back to the lead unit.</summary>
internal static class RedoRegistration
{
    public static IServiceCollection AddRedo(this IServiceCollection services) =>
        services.AddIntegrationEventHandler<RedoRequested, RedoRequestedHandler>();
}
