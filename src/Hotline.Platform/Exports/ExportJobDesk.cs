using Hotline.Platform.Auditing;

namespace Hotline.Platform.Exports;

public sealed record ExportJobRow(Guid Id, string QueryText, string Purpose, DateTime RequestedAtUtc, ExportState State, int Total, int Done,
    DateTime? FinishedAtUtc, DateTime? ExpiresAtUtc, long? FileSize, string? Error, bool Downloadable);

/// <summary>
/// The requester's side of a module's export jobs: queue one (refused while another of theirs runs), follow its
/// progress, cancel it, and open the finished file within 24 hours. The module checks access before it calls.
/// </summary>
public sealed class ExportJobDesk<TContext, TJob>(IDbContextFactory<TContext> contexts, BackgroundExportRunner<TContext, TJob> runner, TimeProvider clock)
    where TContext : ModuleDbContext, IExportJobContext<TJob> where TJob : ExportJob, new()
{
    public async Task<Guid> QueueAsync(Actor actor, string queryJson, string queryText, string purpose, int total, CancellationToken ct = default)
    {
        var userId = actor.UserId ?? throw new UnauthorizedAccessException("请先登录。");
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.ExportJobs.AnyAsync(j => j.RequestedByUserId == userId && (j.State == ExportState.Queued || j.State == ExportState.Running), ct))
            throw new BusinessRuleException("您已有一个导出正在进行，请等它完成或取消后再导出。");
        var job = ExportJob.Queue<TJob>(userId, actor.UserName, queryJson, queryText, purpose, total, clock.GetUtcNow().UtcDateTime);
        db.ExportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        runner.Signal();
        return job.Id;
    }

    /// <summary>The user's own jobs, newest first, with the live progress of a running one.</summary>
    public async Task<IReadOnlyList<ExportJobRow>> MineAsync(string? userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var jobs = await db.ExportJobs.AsNoTracking().Where(j => j.RequestedByUserId == userId)
            .OrderByDescending(j => j.RequestedAtUtc).Take(10).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return jobs.Select(j => new ExportJobRow(j.Id, j.QueryText, j.Purpose, j.RequestedAtUtc, j.State, j.Total,
            j.State == ExportState.Running ? runner.Progress(j.Id) ?? j.Done : j.Done, j.FinishedAtUtc, j.ExpiresAtUtc, j.FileSize, j.Error,
            j.Downloadable(now))).ToList();
    }

    public async Task CancelAsync(string? userId, Guid jobId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var job = await db.ExportJobs.FirstOrDefaultAsync(j => j.Id == jobId && j.RequestedByUserId == userId, ct)
            ?? throw new BusinessRuleException("导出任务不存在。");
        if (!job.State.IsActive())
            throw new BusinessRuleException($"该导出{job.State.DisplayName()}，不能取消。");
        // The runner notices the flag at its next report (or at start); a queued job never starts.
        await db.ExportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s.SetProperty(j => j.CancelRequested, true), ct);
        runner.Cancel(jobId);
    }

    /// <summary>
    /// The finished file for its requester within 24 hours, audited as <paramref name="auditAction"/>; a stream over the
    /// file. <paramref name="stillAllowed"/> says whether the requester may still take this file (their role may have changed).
    /// </summary>
    /// <exception cref="BusinessRuleException">Not this user's, not finished, expired, or no longer allowed.</exception>
    public async Task<(Stream Content, TJob Job)> OpenAsync(Actor actor, Guid jobId, string auditAction, string objectType,
        Func<TJob, bool>? stillAllowed = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var job = await db.ExportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId && j.RequestedByUserId == actor.UserId, ct);
        if (job is null || !job.Downloadable(clock.GetUtcNow().UtcDateTime) || !File.Exists(runner.PathOf(job.Id)))
            throw new BusinessRuleException("导出文件不存在或已过期（完成后 24 小时内可下载），请重新导出。");
        if (stillAllowed?.Invoke(job) == false)
            throw new BusinessRuleException("您的角色已不能取得此导出文件，请重新导出。");
        var purpose = job.Purpose.Length > 0 ? $"；用途：{job.Purpose}" : "";
        db.Audit(actor, clock, auditAction, objectType, job.Id.ToString(), $"{job.Total} 件{purpose}；条件：{job.QueryText}");
        await db.SaveChangesAsync(ct);
        return (new FileStream(runner.PathOf(job.Id), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true), job);
    }
}
