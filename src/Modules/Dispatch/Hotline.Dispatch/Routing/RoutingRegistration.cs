using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Dispatch.Routing;

/// <summary>Routing rules (派单规则) and their administration, and the suggestions drawn from them and from history.</summary>
internal static class RoutingRegistration
{
    public static IServiceCollection AddDispatchRouting(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(PlatformNavigation.SettingsGroup, "派单规则", "/admin/dispatch/rules", Icons.Material.Filled.Route, [HotlineRoles.CenterAdmin], 97)]);
        services.AddScoped<DispatchSuggestions>();
        services.AddScoped<RoutingRuleAdmin>();
        services.AddAuditObjectType("RoutingRule", "派单规则", _ => "/admin/dispatch/rules");
        return services;
    }

    public static Task SeedDemoRulesAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DemoRoutingRules.SeedAsync(services.GetRequiredService<DispatchDbContext>(), services.GetRequiredService<ICategoryCatalog>(),
            services.GetRequiredService<IAreaDirectory>(), services.GetRequiredService<IUnitDirectory>(),
            services.GetRequiredService<TimeProvider>(), cancellationToken);
}
