using System.Text.Json;
using Hotline.Archive.Workbench;

namespace Hotline.Archive.Export;

/// <summary>
/// The clerk's side of the export jobs: queue one (checked and counted first), follow its progress, cancel it, and
/// open the finished ZIP for download within 24 hours.
/// </summary>
internal sealed class ExportJobs(AccessGate gate, ArchiveExport export, ExportJobDesk<ArchiveDbContext, ArchiveExportJob> desk)
{
    public const string DownloadAction = "下载档案导出文件";

    public async Task<Guid> StartAsync(ArchiveQuery query, string? purpose, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Clerks);
        var total = await export.CountAsync(query with { Skip = 0, Take = 20 }, purpose, ct);
        return await desk.QueueAsync(actor, JsonSerializer.Serialize(query), await export.DescribeAsync(query, ct), purpose!.Trim(), total, ct);
    }

    public async Task<IReadOnlyList<ExportJobRow>> MineAsync(CancellationToken ct = default) =>
        await desk.MineAsync((await gate.RequireAsync(ArchiveAccess.Clerks)).UserId, ct);

    public async Task CancelAsync(Guid jobId, CancellationToken ct = default) =>
        await desk.CancelAsync((await gate.RequireAsync(ArchiveAccess.Clerks)).UserId, jobId, ct);

    /// <summary>The finished ZIP for its clerk within 24 hours, audited.</summary>
    /// <exception cref="Hotline.Platform.BusinessRuleException">Not this clerk's, not finished, or expired.</exception>
    public async Task<(Stream Content, string FileName)> OpenAsync(Guid jobId, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Clerks);
        var (content, job) = await desk.OpenAsync(actor, jobId, DownloadAction, "Archive", ct: ct);
        return (content, $"档案导出-{ChinaTime.ToChina(job.RequestedAtUtc):yyyyMMdd-HHmm}.zip");
    }
}
