namespace Hotline.Archive.Export;

/// <summary>批量导出: a search's records as a ZIP of PDFs with an index and a SHA-256 manifest, written by a background job.</summary>
internal static class ExportRegistration
{
    public static IServiceCollection AddArchiveExport(this IServiceCollection services)
    {
        services.AddScoped<ArchiveExport>();
        services.AddScoped<ExportJobs>();
        services.AddSingleton<ExportQueries>();
        services.AddBackgroundExports<ArchiveDbContext, ArchiveExportJob, ExportRunner>();
        return services;
    }
}
