using Hotline.Archive.Archiving;
using Hotline.Archive.Document;
using Hotline.Archive.Integrity;
using Hotline.Archive.Workbench;
using Hotline.Archive.Persistence;
using Hotline.Platform.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Platform;

namespace Hotline.Archive;

/// <summary>归档 module: every closed case as an immutable, hash-chained record; the clerk's search, view, integrity check and print.</summary>
public sealed class ArchiveModule : IHotlineModule
{
    public const string Group = "归档";

    public string Name => "Archive";

    public void ConfigureModel(ModelBuilder builder) => ArchiveModel.Configure(builder);

    // One explicit call per capability folder: deleting a capability's registration fails the build.
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ArchiveDbContext>(configuration);
        services.AddArchiving();
        services.AddArchiveIntegrity();
        services.AddArchiveWorkbench();
        services.AddRecordDocument();
    }

    public IEnumerable<NavEntry> Navigation => [.. WorkbenchRegistration.Navigation, .. ArchivingRegistration.Navigation];
}
