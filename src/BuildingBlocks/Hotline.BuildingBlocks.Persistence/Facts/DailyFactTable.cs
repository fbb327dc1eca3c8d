using System.Data.Common;
using Hotline.Platform.Time;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Facts;

/// <summary>
/// A module's daily fact table (<typeparamref name="TDay"/>, keyed by China day and more) and its stale-day marks
/// (<typeparamref name="TStale"/>, see <see cref="StaleFactDays"/>): the module's saves mark the days they may change,
/// a read recomputes the stale days of its period before it sums the table. A recompute takes the mark first, in its
/// own transaction, so a save after that point marks the day again; a recompute that fails leaves the mark.
/// </summary>
public abstract class DailyFactTable<TContext, TDay, TStale>(IDbContextFactory<TContext> contexts, ILogger log) : IDailyFacts
    where TContext : DbContext
    where TDay : class
    where TStale : class
{
    protected IDbContextFactory<TContext> Contexts { get; } = contexts;

    public abstract string Name { get; }

    /// <summary>The times of the first and the last row the table counts (null when there is none).</summary>
    protected abstract Task<(DateTime? FirstUtc, DateTime? LastUtc)> SpanAsync(TContext db, CancellationToken cancellationToken);

    /// <summary>The table's rows of one China day, counted from the module's rows.</summary>
    protected abstract Task<IReadOnlyList<TDay>> ComputeAsync(TContext db, DateOnly day, CancellationToken cancellationToken);

    /// <summary>A rebuild's step before it recomputes a day, e.g. to take what events never brought.</summary>
    protected virtual Task PrepareRebuildAsync(TContext db, DateOnly day, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Recomputes the stale days in [first, end) with <paramref name="db"/>, so the table is current for them.</summary>
    protected async Task RefreshAsync(TContext db, DateOnly first, DateOnly end, CancellationToken cancellationToken)
    {
        var stale = await db.Set<TStale>().AsNoTracking().Select(d => EF.Property<DateOnly>(d, StaleFactDays.DayColumn))
            .Where(d => d >= first && d < end).ToListAsync(cancellationToken);
        foreach (var day in stale)
            await RecomputeAsync(db, day, cancellationToken);
    }

    /// <summary>The table's rows of the whole days [first, end).</summary>
    protected static IQueryable<TDay> Days(TContext db, DateOnly first, DateOnly end) =>
        db.Set<TDay>().AsNoTracking().Where(d => EF.Property<DateOnly>(d, StaleFactDays.DayColumn) >= first && EF.Property<DateOnly>(d, StaleFactDays.DayColumn) < end);

    /// <summary>Recomputes every stale day (at start, so the first reads of the day do not wait for them).</summary>
    public async Task<int> RefreshAllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
        await RefreshAsync(db, DateOnly.MinValue, DateOnly.MaxValue, cancellationToken);
        return await db.Set<TStale>().CountAsync(cancellationToken);
    }

    /// <summary>Whether rows exist that no day and no mark covers: a database from before the table, or a bulk load.</summary>
    public async Task<bool> NeverBuiltAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
        return !await db.Set<TDay>().AnyAsync(cancellationToken) && !await db.Set<TStale>().AnyAsync(cancellationToken)
            && (await SpanAsync(db, cancellationToken)).FirstUtc is not null;
    }

    /// <summary>Recomputes every day from the first row to the last, and drops days outside them.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
        var (first, last) = await SpanAsync(db, cancellationToken);
        if (first is null || last is null)
        {
            await db.Set<TDay>().ExecuteDeleteAsync(cancellationToken);
            return 0;
        }
        var (firstDay, lastDay) = (ChinaTime.DateOf(first.Value), ChinaTime.DateOf(last.Value));
        var days = 0;
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1), days++)
        {
            await PrepareRebuildAsync(db, day, cancellationToken);
            db.ChangeTracker.Clear();
            await StaleFactDays.MarkAsync<TStale>(db, [day], cancellationToken);
            await RecomputeAsync(db, day, cancellationToken);
        }
        await db.Set<TDay>().Where(d => EF.Property<DateOnly>(d, StaleFactDays.DayColumn) < firstDay || EF.Property<DateOnly>(d, StaleFactDays.DayColumn) > lastDay)
            .ExecuteDeleteAsync(cancellationToken);
        return days;
    }

    private async Task RecomputeAsync(TContext db, DateOnly day, CancellationToken cancellationToken)
    {
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Set<TStale>().Where(d => EF.Property<DateOnly>(d, StaleFactDays.DayColumn) == day).ExecuteDeleteAsync(cancellationToken);
            await db.Set<TDay>().Where(d => EF.Property<DateOnly>(d, StaleFactDays.DayColumn) == day).ExecuteDeleteAsync(cancellationToken);
            db.Set<TDay>().AddRange(await ComputeAsync(db, day, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            // Another reader recomputing the same day at once: the mark stays unless one of them committed.
            log.LogWarning(e, "Recomputing the daily facts {Table} of {Day} failed; the day stays marked.", typeof(TDay).Name, day);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
