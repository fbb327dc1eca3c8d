using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Handling.Settings;

/// <summary>The center's handling settings and each unit's own (manager approval of replies).</summary>
internal static class SettingsRegistration
{
    public static IServiceCollection AddHandlingSettings(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(PlatformNavigation.SettingsGroup, "办理设置", "/admin/handling/settings", Icons.Material.Filled.Tune, [HotlineRoles.CenterAdmin], 97),
            new(HandlingModule.Group, "本单位设置", "/unit/settings", Icons.Material.Filled.SettingsApplications, [HotlineRoles.UnitManager], 230)]);
        services.AddScoped<HandlingSettingsService>();
        services.AddScoped<UnitSettingsService>();
        services.AddAuditObjectType("UnitHandlingSettings", "本单位办理设置");
        return services;
    }
}
