using Hotline.Platform.Identity;
using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Integration.Open311;

/// <summary>Open311 GeoReport v2 and its location rule (code, address or coordinates → area), which the REST API's requests use too.</summary>
internal static class Open311Registration
{
    public static IServiceCollection AddOpen311(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(PlatformNavigation.SettingsGroup, "属地坐标", "/admin/integration/locations", Icons.Material.Filled.Place, [HotlineRoles.CenterAdmin], 99)]);
        services.AddScoped<AreaPoints>();
        services.AddScoped<AreaLocator>();
        return services;
    }
}
