using Hotline.Platform.Navigation;
using Hotline.Platform.Slots;
using MudBlazor;

namespace Hotline.Supervision.Workbench;

/// <summary>The Supervisor's workbench, the unit's list of its supervisions, and the 督办待回复 item on a unit's home page.</summary>
internal static class WorkbenchRegistration
{
    public static IServiceCollection AddSupervisionWorkbench(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(SupervisionModule.Group, "督办工作台", "/supervision", Icons.Material.Filled.Flag, SupervisionScope.WorkbenchReaders, 450),
            new(SupervisionModule.Group, "本单位督办", "/unit/supervisions", Icons.Material.Filled.Flag, SupervisionScope.UnitReaders, 450),
            new(PlatformNavigation.SettingsGroup, "督办设置", "/admin/supervision/settings", Icons.Material.Filled.Tune, [HotlineRoles.CenterAdmin], 98)]);
        services.AddScoped<SupervisionScope>();
        services.AddScoped<SupervisionQueries>();
        services.AddWorkItemSource<UnitSupervisionWorkItems>(HotlineRoles.UnitHandler, HotlineRoles.UnitManager);
        return services;
    }

}
