using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Open311;

/// <summary>Open311 GeoReport v2; its location rule (address → area) serves the REST API's requests too.</summary>
internal static class Open311Registration
{
    public static IServiceCollection AddOpen311(this IServiceCollection services) => services.AddScoped<AreaLocator>();
}
