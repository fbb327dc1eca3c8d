using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Administration.Categories;

/// <summary>事项分类: the matter-category tree, its admin page and the catalog every module reads (request types included).</summary>
internal static class CategoriesRegistration
{
    public static IServiceCollection AddCategories(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(PlatformNavigation.MasterDataGroup, "事项分类", "/admin/categories", Icons.Material.Filled.Category, [HotlineRoles.CenterAdmin], 40)]);
        services.AddScoped<CategoryAdmin>();
        services.AddScoped<ICategoryCatalog, CategoryCatalog>();
        services.AddTreeAuditObject("MatterCategory", "事项分类", "/admin/categories", (db, ids) =>
            db.Categories.Where(c => ids.Contains(c.Id)).Select(c => new KeyValuePair<Guid, string>(c.Id, c.Name)));
        return services;
    }
}
