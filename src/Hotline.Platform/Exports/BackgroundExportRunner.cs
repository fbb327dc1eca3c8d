using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Exports;

/// <summary>What the background worker drives.</summary>
public interface IBackgroundExportRunner
{
    /// <summary>Runs jobs until none is waiting; also removes expired files. Returns how many jobs ran.</summary>
    Task<int> RunUntilIdleAsync(CancellationToken stopping = default);

    Task WaitAsync(TimeSpan timeout, CancellationToken ct);
}

/// <summary>
/// Runs a module's queued export jobs one at a time, writing each file to a ".part" file in the data directory and
/// renaming it only when complete, so a half-written file is never offered. A job found running (the app stopped
/// mid-export) runs again from the start; after three interrupted attempts it is marked failed. Finished files expire
/// after 24 hours. The module says where its files go and writes them.
/// </summary>
public abstract class BackgroundExportRunner<TContext, TJob>(IServiceScopeFactory scopes, HostingOptions hosting, TimeProvider clock, ILogger log)
    : IBackgroundExportRunner where TContext : DbContext, IExportJobContext<TJob> where TJob : ExportJob
{
    private const int MaxAttempts = 3;
    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly SemaphoreSlim _signal = new(0, int.MaxValue);
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _running = new();
    private readonly ConcurrentDictionary<Guid, int> _progress = new();

    /// <summary>The folder under the data directory that holds this module's finished files.</summary>
    protected abstract string Folder { get; }

    protected abstract string Extension { get; }

    /// <summary>Writes the job's file into <paramref name="output"/> as the job's requester, reporting the items written.</summary>
    /// <exception cref="BusinessRuleException">The query is refused now (the job fails with the message).</exception>
    protected abstract Task WriteAsync(IServiceProvider services, TJob job, Stream output, IProgress<int> progress, CancellationToken ct);

    public string Directory => Path.Combine(hosting.FullDataDirectory, Folder);

    public string PathOf(Guid jobId) => Path.Combine(Directory, $"{jobId:N}{Extension}");

    public void Signal() => _signal.Release();

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);

    public int? Progress(Guid jobId) => _progress.TryGetValue(jobId, out var done) ? done : null;

    public void Cancel(Guid jobId)
    {
        if (_running.TryGetValue(jobId, out var cts))
            cts.Cancel();
    }

    public async Task<int> RunUntilIdleAsync(CancellationToken stopping = default)
    {
        var ran = 0;
        while (await RunOneAsync(stopping))
            ran++;
        await ExpireAsync(stopping);
        return ran;
    }

    private async Task<bool> RunOneAsync(CancellationToken stopping)
    {
        await _one.WaitAsync(stopping);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var job = await db.ExportJobs.Where(j => j.State == ExportState.Queued || j.State == ExportState.Running)
                .OrderBy(j => j.RequestedAtUtc).FirstOrDefaultAsync(stopping);
            if (job is null)
                return false;
            var now = clock.GetUtcNow().UtcDateTime;
            if (job.CancelRequested)
                job.Cancel(now);
            else if (job.Attempts >= MaxAttempts)
                job.Fail("导出多次被中断，已停止；请重新导出。", now);
            else
                await RunAsync(scope.ServiceProvider, db, job, stopping);
            await db.SaveChangesAsync(CancellationToken.None);
            return true;
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task RunAsync(IServiceProvider services, TContext db, TJob job, CancellationToken stopping)
    {
        job.Start();
        await db.SaveChangesAsync(CancellationToken.None);
        System.IO.Directory.CreateDirectory(Directory);
        var part = PathOf(job.Id) + ".part";
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _running[job.Id] = cts;
        _progress[job.Id] = 0;
        try
        {
            var progress = new InlineProgress(done =>
            {
                _progress[job.Id] = done;
                if (db.ExportJobs.AsNoTracking().Any(j => j.Id == job.Id && j.CancelRequested))
                    cts.Cancel();
            });
            await using (var file = File.Create(part))
                await WriteAsync(services, job, file, progress, cts.Token);
            File.Move(part, PathOf(job.Id), overwrite: true);
            job.Complete(PathOf(job.Id), new FileInfo(PathOf(job.Id)).Length, clock.GetUtcNow().UtcDateTime);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The app is stopping: the job stays "running" and starts again after the restart.
        }
        catch (OperationCanceledException)
        {
            job.Cancel(clock.GetUtcNow().UtcDateTime);
        }
        catch (BusinessRuleException ex)
        {
            job.Fail(ex.Message, clock.GetUtcNow().UtcDateTime);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Export job {JobId} failed", job.Id);
            job.Fail("导出失败，请稍后重试；如仍失败请联系管理员。", clock.GetUtcNow().UtcDateTime);
        }
        finally
        {
            _running.TryRemove(job.Id, out _);
            _progress.TryRemove(job.Id, out _);
            if (File.Exists(part))
                File.Delete(part);
        }
    }

    private async Task ExpireAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = await db.ExportJobs.Where(j => j.State == ExportState.Completed && j.ExpiresAtUtc <= now).ToListAsync(ct);
        foreach (var job in expired)
        {
            if (File.Exists(PathOf(job.Id)))
                File.Delete(PathOf(job.Id));
            job.Expire();
        }
        if (expired.Count > 0)
            await db.SaveChangesAsync(ct);
    }

    /// <summary>Reports on the exporting thread, so the cancel flag is seen at the next report.</summary>
    private sealed class InlineProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
