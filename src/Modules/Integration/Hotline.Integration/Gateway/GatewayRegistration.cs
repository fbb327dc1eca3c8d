using Microsoft.Extensions.Hosting;

namespace Hotline.Integration.Gateway;

/// <summary>The gate in front of every API: key check, scopes, per-client rate limit, the call journal; the answer to unknown API routes.</summary>
internal static class GatewayRegistration
{
    public static IServiceCollection AddApiGateway(this IServiceCollection services)
    {
        services.AddScoped<ApiKeyCheck>();
        services.AddSingleton<ApiRateLimiter>();
        services.AddSingleton<ApiCallJournal>();
        services.AddSingleton<ApiRoutes>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<ApiCallJournal>());
        return services;
    }
}
