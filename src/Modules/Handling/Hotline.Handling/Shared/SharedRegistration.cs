using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Handling.Shared;

/// <summary>What several capabilities use: the access checks, live updates, the guard that an assignment may still change.</summary>
internal static class SharedRegistration
{
    public static IServiceCollection AddHandlingShared(this IServiceCollection services)
    {
        services.AddScoped<HandlingAccess>();
        services.AddScoped<HandlingLive>();
        services.AddScoped<OutcomeGuard>();
        return services;
    }
}
