using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Administration.Areas;

/// <summary>属地区域: the area tree, its admin page and the area directory every module reads.</summary>
internal static class AreasRegistration
{
    public static IServiceCollection AddAreas(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(PlatformNavigation.MasterDataGroup, "属地区域", "/admin/areas", Icons.Material.Filled.Map, [HotlineRoles.CenterAdmin], 30)]);
        services.AddScoped<AreaAdmin>();
        services.AddScoped<IAreaDirectory, AreaDirectory>();
        services.AddTreeAuditObject("Area", "属地区域", "/admin/areas", (db, ids) =>
            db.Areas.Where(a => ids.Contains(a.Id)).Select(a => new KeyValuePair<Guid, string>(a.Id, a.Name)));
        return services;
    }
}
