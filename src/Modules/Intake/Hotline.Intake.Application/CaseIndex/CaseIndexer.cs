using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Intake.CaseIndex;

/// <summary>
/// Keeps <see cref="CaseTextIndex"/> equal to the cases table: at start it compares the counts and rebuilds the index
/// when they differ (a restored backup, a first start after the upgrade), then it re-reads every case a committed save
/// touched, gathering the saves of half a second into one index commit. At stop it indexes what is still waiting.
/// </summary>
internal sealed class CaseIndexer(CaseTextIndex index, CaseIndexQueue queue, IServiceScopeFactory scopes, ILogger<CaseIndexer> logger)
    : BackgroundService
{
    private const int PageSize = 5_000;
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(500), LockRetry = TimeSpan.FromSeconds(30), DrainLimit = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Another process holds the index (a command on the same data directory): search the database meanwhile,
            // and once the index is ours rebuild it, since saves made in between were not indexed.
            var waited = false;
            while (!index.TryOpen())
            {
                if (!waited)
                    logger.LogWarning("工单全文索引被其他进程占用，关键词查询暂用数据库检索，稍后重试。");
                waited = true;
                await Task.Delay(LockRetry, stoppingToken);
            }
            await EnsureCompleteAsync(force: waited, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "工单全文索引重建失败，关键词查询暂用数据库检索。");
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await queue.Reader.WaitToReadAsync(stoppingToken);
                await Task.Delay(Gather, stoppingToken);
                await CatchUpAsync(cancellationToken: stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                await DrainAsync();
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "工单全文索引更新失败，稍后重试。");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    /// <summary>
    /// At stop, indexes the saves not read back yet: left behind, they make the index short of the table and the next
    /// start rebuilds it whole (minutes at a million cases, with keyword search on the database meanwhile).
    /// </summary>
    private async Task DrainAsync()
    {
        using var limit = new CancellationTokenSource(DrainLimit);
        try
        {
            await CatchUpAsync(limit.Token);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "停止时未能写完工单全文索引，下次启动将重建。");
        }
    }

    /// <summary>Rebuilds the index from the cases table when the counts differ; then searches may use it.</summary>
    private async Task EnsureCompleteAsync(bool force, CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            var cases = await db.Cases.CountAsync(cancellationToken);
            if (cases == index.Count && !force)
            {
                index.MarkReady();
                return;
            }
            logger.LogInformation("工单全文索引与工单表不一致（索引 {Indexed} 件，工单 {Cases} 件），开始重建。", index.Count, cases);
        }
        index.DeleteAll();
        string? after = null;
        var done = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            var query = db.Cases.AsNoTracking();
            if (after is { } last)
                query = query.Where(c => string.Compare(c.Number, last) > 0);
            var page = await query.OrderBy(c => c.Number).Take(PageSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
                break;
            index.Add(page.Select(IndexedCase.Of));
            after = page[^1].Number;
            done += page.Count;
            if (done % 100_000 < PageSize)
                logger.LogInformation("工单全文索引重建：已完成 {Done} 件。", done);
        }
        index.Commit();
        index.MarkReady();
        logger.LogInformation("工单全文索引重建完成：{Done} 件。", done);
    }

    /// <summary>
    /// Indexes every case committed until now, so a search right after a save finds it; the case list calls this
    /// before it searches, the loop above after each save.
    /// </summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await _oneWriter.WaitAsync(cancellationToken);
        try
        {
            var ids = new HashSet<Guid>();
            while (queue.Reader.TryRead(out var id))
                ids.Add(id);
            if (ids.Count > 0 && index.IsOpen)
                await RefreshAsync(ids, cancellationToken);
        }
        finally
        {
            _oneWriter.Release();
        }
    }

    private readonly SemaphoreSlim _oneWriter = new(1, 1);

    private async Task RefreshAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        foreach (var chunk in ids.Chunk(500))
        {
            var found = await db.Cases.AsNoTracking().Where(c => chunk.Contains(c.Id)).ToListAsync(cancellationToken);
            index.Upsert(found.Select(IndexedCase.Of));
            index.Remove(chunk.Except(found.Select(c => c.Id)));
        }
        index.Commit();
    }
}
