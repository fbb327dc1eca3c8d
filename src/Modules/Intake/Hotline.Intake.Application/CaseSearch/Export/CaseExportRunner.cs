using Hotline.Platform.Exports;
using Microsoft.Extensions.Logging;

namespace Hotline.Intake.CaseSearch.Export;

/// <summary>Writes a queued case export's .xlsx in the background (<c>case-exports/</c> in the data directory).</summary>
internal sealed class CaseExportRunner(IServiceScopeFactory scopes, Hotline.Platform.HostingOptions hosting, TimeProvider clock, ILogger<CaseExportRunner> log)
    : BackgroundExportRunner<IntakeDbContext, CaseExportJob>(scopes, hosting, clock, log)
{
    protected override string Folder => "case-exports";

    protected override string Extension => ".xlsx";

    protected override async Task WriteAsync(IServiceProvider services, CaseExportJob job, Stream output, IProgress<int> progress, CancellationToken ct)
    {
        var arguments = services.GetRequiredService<CaseExportArgumentsSeal>().Open(job.QueryJson);
        var request = new CaseExportRequest(new Actor(job.RequestedByUserId, job.RequestedBy, null), arguments.Filter, arguments.FullPhones, job.Total);
        var rows = await services.GetRequiredService<CaseQueries>().ReadExportAsync(request, arguments.Sort, progress, ct);
        await services.GetRequiredService<CaseExport>().WriteAsync(rows, output, ct);
    }
}
