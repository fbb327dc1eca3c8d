using Hotline.Platform.Identity;
using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Intake.Settings;

/// <summary>Intake settings the CenterAdmin changes without a release.</summary>
internal static class SettingsRegistration
{
    public static IServiceCollection AddIntakeSettings(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(PlatformNavigation.SettingsGroup, "受理设置", "/admin/intake/settings", Icons.Material.Filled.Tune, [HotlineRoles.CenterAdmin], 96)]);
        services.AddScoped<IntakeSettingsService>();
        return services;
    }
}
