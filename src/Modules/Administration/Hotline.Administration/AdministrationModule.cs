using Hotline.Administration.Areas;
using Hotline.Administration.Calendar;
using Hotline.Administration.Categories;
using Hotline.Administration.RequestTypes;
using Hotline.Administration.Shared;
using Hotline.Administration.Units;
using Microsoft.Extensions.Configuration;

namespace Hotline.Administration;

/// <summary>基础数据 module: the member units, areas, matter categories, request types and the working-day calendar every other module reads.</summary>
public sealed class AdministrationModule : IHotlineModule
{
    public string Name => "Administration";

    public void ConfigureModel(ModelBuilder builder) => AdministrationModel.Configure(builder);

    // One explicit call per capability folder: deleting a capability's registration fails the build.
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AdministrationDbContext>(configuration);
        services.AddUnits();
        services.AddAreas();
        services.AddCategories();
        services.AddRequestTypes();
        services.AddWorkingCalendar();
    }

    public Task SeedReferenceDataAsync(IServiceProvider services, bool demoMode, CancellationToken cancellationToken) =>
        ReferenceDataSeed.SeedAsync(services, demoMode, cancellationToken);
}
