using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Dispatch.Settings;

/// <summary>Module-wide settings: deadlines, the return window, the designation limit.</summary>
internal static class SettingsRegistration
{
    public static IServiceCollection AddDispatchSettings(this IServiceCollection services) =>
        services.AddNavEntries([
            new(PlatformNavigation.SettingsGroup, "派单设置", "/admin/dispatch/settings", Icons.Material.Filled.Timer, [HotlineRoles.CenterAdmin], 98)])
            .AddScoped<DispatchSettingsService>();
}
