using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Knowledge.Settings;

/// <summary>Knowledge settings: which categories need a second reviewer, when an untouched article is due for a check.</summary>
internal static class SettingsRegistration
{
    public static IServiceCollection AddKnowledgeSettings(this IServiceCollection services) =>
        services.AddNavEntries([
            new(PlatformNavigation.SettingsGroup, "知识库设置", "/admin/knowledge/settings", Icons.Material.Filled.Tune, [HotlineRoles.CenterAdmin], 99)])
            .AddScoped<KnowledgeSettingsService>();
}
