using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Evaluation.Settings;

/// <summary>Evaluation settings the CenterAdmin changes without a release.</summary>
internal static class SettingsRegistration
{
    public static IServiceCollection AddEvaluationSettings(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(PlatformNavigation.SettingsGroup, "回访设置", "/admin/evaluation/settings", Icons.Material.Filled.Tune, [HotlineRoles.CenterAdmin], 97)]);
        services.AddScoped<EvaluationSettingsService>();
        return services;
    }
}
