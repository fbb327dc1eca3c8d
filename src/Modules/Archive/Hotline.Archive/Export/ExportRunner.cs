using Microsoft.Extensions.Logging;

namespace Hotline.Archive.Export;

/// <summary>Writes a clerk's 批量导出 ZIP in the background (<c>exports/</c> in the data directory).</summary>
internal sealed class ExportRunner(IServiceScopeFactory scopes, Hotline.Platform.HostingOptions hosting, TimeProvider clock, ILogger<ExportRunner> log)
    : BackgroundExportRunner<ArchiveDbContext, ArchiveExportJob>(scopes, hosting, clock, log)
{
    protected override string Folder => "exports";

    protected override string Extension => ".zip";

    protected override Task WriteAsync(IServiceProvider services, ArchiveExportJob job, Stream output, IProgress<int> progress, CancellationToken ct) =>
        services.GetRequiredService<ArchiveExport>().ExportAsAsync(new Actor(job.RequestedByUserId, job.RequestedBy, null),
            services.GetRequiredService<ExportQueries>().Open(job.QueryJson), job.QueryText, job.Purpose, output, progress, ct);
}
