using MudBlazor;

namespace Hotline.Archive.Workbench;

/// <summary>档案查询: the archive clerk's search and record view.</summary>
internal static class WorkbenchRegistration
{
    public static readonly NavEntry[] Navigation =
    [
        new(ArchiveModule.Group, "档案查询", "/archive", Icons.Material.Filled.Inventory2, ArchiveAccess.Clerks, 700),
    ];

    public static IServiceCollection AddArchiveWorkbench(this IServiceCollection services) =>
        services.AddScoped<ArchiveSearch>().AddScoped<ArchiveRecords>();
}
