using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Intake.CaseIndex;

/// <summary>
/// Keeps <see cref="CaseTextIndex"/> equal to the cases table: at start it compares the counts and rebuilds the index
/// when they differ (a restored backup, a first start after the upgrade), then it re-reads every case a save touched.
/// Each touched case is read twice — half a second after the save and again ten seconds later — so a transaction that
/// committed late is still picked up. At stop it indexes what is still waiting.
/// </summary>
internal sealed class CaseIndexer(CaseTextIndex index, CaseIndexQueue queue, IServiceScopeFactory scopes, ILogger<CaseIndexer> logger)
    : BackgroundService
{
    private const int PageSize = 5_000;
    private static readonly TimeSpan FirstLook = TimeSpan.FromMilliseconds(500), SecondLook = TimeSpan.FromSeconds(10), LockRetry = TimeSpan.FromSeconds(30),
        DrainLimit = TimeSpan.FromSeconds(10);

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
        var again = new List<(DateTime Due, Guid Id)>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var wait = again.Count == 0 ? Timeout.InfiniteTimeSpan : again.Min(x => x.Due) - DateTime.UtcNow;
                using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
                {
                    if (wait > TimeSpan.Zero || wait == Timeout.InfiniteTimeSpan)
                    {
                        timeout.CancelAfter(wait);
                        try { await queue.Reader.WaitToReadAsync(timeout.Token); }
                        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
                    }
                }
                await Task.Delay(FirstLook, stoppingToken);
                var now = DateTime.UtcNow;
                var due = again.Where(x => x.Due <= now).Select(x => x.Id).ToList();
                again.RemoveAll(x => x.Due <= now);
                var refreshed = await CatchUpAsync(due, stoppingToken);
                again.AddRange(refreshed.Except(due).Select(id => (now + SecondLook, id)));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                await DrainAsync(again.Select(x => x.Id).ToList());
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
    private async Task DrainAsync(IReadOnlyCollection<Guid> pending)
    {
        using var limit = new CancellationTokenSource(DrainLimit);
        try
        {
            await CatchUpAsync(pending, limit.Token);
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
    /// Indexes every case saved until now (and <paramref name="more"/>), so a search right after a save finds it; the
    /// case list calls this before it searches, the loop above after each save.
    /// </summary>
    /// <returns>The cases it read back.</returns>
    public async Task<IReadOnlyCollection<Guid>> CatchUpAsync(IReadOnlyCollection<Guid>? more = null, CancellationToken cancellationToken = default)
    {
        await _oneWriter.WaitAsync(cancellationToken);
        try
        {
            var ids = new HashSet<Guid>(more ?? []);
            while (queue.Reader.TryRead(out var id))
                ids.Add(id);
            if (ids.Count > 0 && index.IsOpen)
                await RefreshAsync(ids, cancellationToken);
            return ids;
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
