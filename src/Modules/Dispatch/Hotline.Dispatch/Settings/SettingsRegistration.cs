using Hotline.Platform.Modules;
using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Dispatch.Settings;

/// <summary>Module-wide settings: deadlines, the return window, the designation limit.</summary>
internal static class SettingsRegistration
{
    public static readonly NavEntry[] Navigation =
    [
        new(PlatformNavigation.SettingsGroup, "派单设置", "/admin/dispatch/settings", Icons.Material.Filled.Timer, [HotlineRoles.CenterAdmin], 98),
    ];

    public static IServiceCollection AddDispatchSettings(this IServiceCollection services) =>
        services.AddScoped<DispatchSettingsService>();
}
