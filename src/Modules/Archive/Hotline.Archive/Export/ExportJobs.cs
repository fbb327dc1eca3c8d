using System.Text.Json;
using Hotline.Archive.Domain;
using Hotline.Archive.Persistence;
using Hotline.Archive.Shared;
using Hotline.Archive.Workbench;
using Hotline.Platform;
using Hotline.Platform.Auditing;
using Hotline.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Archive.Export;

internal sealed record ExportJobRow(Guid Id, string QueryText, string Purpose, DateTime RequestedAtUtc, ExportState State, int Total, int Done,
    DateTime? FinishedAtUtc, DateTime? ExpiresAtUtc, long? FileSize, string? Error, bool Downloadable);

/// <summary>
/// The clerk's side of the export jobs: queue one (checked, counted and refused while another of the clerk's runs),
/// follow its progress, cancel it, and open the finished ZIP for download within 24 hours.
/// </summary>
internal sealed class ExportJobs(IDbContextFactory<ArchiveDbContext> contexts, AccessGate gate, ArchiveExport export, ExportRunner runner,
    TimeProvider clock)
{
    public const string DownloadAction = "下载档案导出文件";

    public async Task<Guid> StartAsync(ArchiveQuery query, string? purpose, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Clerks);
        var userId = actor.UserId ?? throw new UnauthorizedAccessException("请先登录。");
        var total = await export.CountAsync(query with { Skip = 0, Take = 20 }, purpose, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.ExportJobs.AnyAsync(j => j.RequestedByUserId == userId && (j.State == ExportState.Queued || j.State == ExportState.Running), ct))
            throw new BusinessRuleException("您已有一个导出正在进行，请等它完成或取消后再导出。");
        var job = ExportJob.Queue(userId, actor.UserName, JsonSerializer.Serialize(query), ArchiveExport.Describe(query), purpose!.Trim(), total,
            clock.GetUtcNow().UtcDateTime);
        db.ExportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        runner.Signal();
        return job.Id;
    }

    /// <summary>The clerk's own jobs, newest first, with the live progress of a running one.</summary>
    public async Task<IReadOnlyList<ExportJobRow>> MineAsync(CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Clerks);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var jobs = await db.ExportJobs.AsNoTracking().Where(j => j.RequestedByUserId == actor.UserId)
            .OrderByDescending(j => j.RequestedAtUtc).Take(10).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return jobs.Select(j => new ExportJobRow(j.Id, j.QueryText, j.Purpose, j.RequestedAtUtc, j.State, j.Total,
            j.State == ExportState.Running ? runner.Progress(j.Id) ?? j.Done : j.Done, j.FinishedAtUtc, j.ExpiresAtUtc, j.FileSize, j.Error,
            j.Downloadable(now))).ToList();
    }

    public async Task CancelAsync(Guid jobId, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Clerks);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var job = await db.ExportJobs.FirstOrDefaultAsync(j => j.Id == jobId && j.RequestedByUserId == actor.UserId, ct)
            ?? throw new BusinessRuleException("导出任务不存在。");
        if (!job.State.IsActive())
            throw new BusinessRuleException($"该导出已{job.State.DisplayName()}，不能取消。");
        // The runner notices the flag at its next record (or at start); a queued job never starts.
        await db.ExportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s.SetProperty(j => j.CancelRequested, true), ct);
        runner.Cancel(jobId);
    }

    /// <summary>The finished ZIP for its clerk within 24 hours, audited; a stream over the file in the data directory.</summary>
    /// <exception cref="BusinessRuleException">Not this clerk's, not finished, or expired.</exception>
    public async Task<(Stream Content, string FileName)> OpenAsync(Guid jobId, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Clerks);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var job = await db.ExportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId && j.RequestedByUserId == actor.UserId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (job is null || !job.Downloadable(now) || !File.Exists(runner.PathOf(job.Id)))
            throw new BusinessRuleException("导出文件不存在或已过期（完成后 24 小时内可下载），请重新导出。");
        db.Audit(actor, clock, DownloadAction, "Archive", job.Id.ToString(), $"{job.Total} 件；用途：{job.Purpose}；条件：{job.QueryText}");
        await db.SaveChangesAsync(ct);
        var name = $"档案导出-{Hotline.Platform.Time.ChinaTime.ToChina(job.RequestedAtUtc):yyyyMMdd-HHmm}.zip";
        return (new FileStream(runner.PathOf(job.Id), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true), name);
    }
}
