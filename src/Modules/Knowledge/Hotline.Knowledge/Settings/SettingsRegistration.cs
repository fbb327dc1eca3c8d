using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Knowledge.Settings;

/// <summary>Knowledge settings: which categories need a second reviewer.</summary>
internal static class SettingsRegistration
{
    public static IServiceCollection AddKnowledgeSettings(this IServiceCollection services) =>
        services.AddScoped<KnowledgeSettingsService>();
}
