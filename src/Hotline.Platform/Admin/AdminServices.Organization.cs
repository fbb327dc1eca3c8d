using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Platform.Admin;

internal static partial class AdminServices
{
    static partial void AddOrganizationAdmin(IServiceCollection services)
    {
        services.AddScoped<UnitAdmin>();
        services.AddScoped<AreaAdmin>();
        services.AddScoped<CategoryAdmin>();
        services.AddScoped<RequestTypeAdmin>();
        // Read-only lookups every module uses. Scoped because the context factory they read through is scoped.
        services.AddScoped<IUnitDirectory, UnitDirectory>();
        services.AddScoped<IAreaDirectory, AreaDirectory>();
        services.AddScoped<ICategoryCatalog, CategoryCatalog>();
    }
}
