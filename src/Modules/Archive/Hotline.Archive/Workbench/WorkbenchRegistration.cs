using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Archive.Workbench;

/// <summary>档案查询: the archive clerk's search and record view.</summary>
internal static class WorkbenchRegistration
{
    public static IServiceCollection AddArchiveWorkbench(this IServiceCollection services) =>
        services.AddNavEntries([
            new(ArchiveModule.Group, "档案查询", "/archive", Icons.Material.Filled.Inventory2, ArchiveAccess.Clerks, 700)])
            .AddAuditObjectType("Archive", "档案", _ => "/archive")
            .AddScoped<ArchiveSearch>().AddScoped<ArchiveRecords>();
}
