using Hotline.Archive.Workbench;
using Hotline.Platform.Notifications;

namespace Hotline.Archive.Export;

/// <summary>
/// The clerk's side of the export jobs: queue one (checked and counted first), follow its progress, cancel it, and
/// open the finished ZIP for download within 24 hours.
/// </summary>
internal sealed class ExportJobs(
    AccessGate gate, ArchiveExport export, ExportQueries queries, ExportJobDesk<ArchiveDbContext, ArchiveExportJob> desk,
    IDbContextFactory<ArchiveDbContext> contexts, TimeProvider clock)
{
    public const string DownloadAction = "下载档案导出文件";
    /// <summary>An export by the caller's number is on record as the search by it is (<see cref="ArchiveSearch.PhoneSearchAction"/>).</summary>
    public const string PhoneExportAction = "按来电号码导出档案";

    public async Task<Guid> StartAsync(ArchiveQuery query, string? purpose, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Clerks);
        var total = await export.CountAsync(query with { Skip = 0, Take = 20 }, purpose, ct);
        var why = purpose!.Trim();
        var id = await desk.QueueAsync(actor, queries.Seal(query), await export.DescribeAsync(query, ct), why, total, ct);
        if (!string.IsNullOrWhiteSpace(query.CallerPhone))
        {
            // Who took whose records is on record, under the masked number as the phone search is.
            await using var db = await contexts.CreateDbContextAsync(ct);
            db.Audit(actor, clock, PhoneExportAction, "Archive", PhoneMask.Mask(PhoneDigits.Of(query.CallerPhone)), $"导出 {total} 件；用途：{why}；导出任务 {id}");
            await db.SaveChangesAsync(ct);
        }
        return id;
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
