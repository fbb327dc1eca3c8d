using System.Linq.Expressions;
using Hotline.Platform.Time;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hotline.Platform.Facts;

/// <summary>
/// The days of a daily fact table a save may have changed, kept in a one-column table (<c>Day</c>, the key) of the
/// module. Marking is an insert that ignores a day already marked, so concurrent saves never fail on it.
/// </summary>
public static class StaleFactDays
{
    /// <summary>The day column every stale-day table has, as its key.</summary>
    public const string DayColumn = "Day";

    /// <summary>
    /// Saves with <paramref name="save"/> and marks <paramref name="days"/> before the write (in its transaction, if any)
    /// and again after it: a day recomputed between the two saw the rows without this save.
    /// </summary>
    public static async Task<int> SaveMarkingAsync<TStaleDay>(DbContext db, IReadOnlyCollection<DateOnly> days, Func<Task<int>> save,
        CancellationToken cancellationToken = default)
        where TStaleDay : class
    {
        await MarkAsync<TStaleDay>(db, days, cancellationToken);
        var written = await save();
        await MarkAsync<TStaleDay>(db, days, cancellationToken);
        return written;
    }

    /// <summary>
    /// The China days of <paramref name="at"/> that the pending save of <paramref name="db"/> touches: the day before
    /// a change or deletion and the day after an addition or change of each tracked <typeparamref name="TEntity"/>.
    /// </summary>
    public static IReadOnlyCollection<DateOnly> DaysTouched<TEntity>(DbContext db, Expression<Func<TEntity, DateTime>> at)
        where TEntity : class
    {
        var days = new HashSet<DateOnly>();
        foreach (var entry in db.ChangeTracker.Entries<TEntity>())
        {
            var property = entry.Property(at);
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                days.Add(ChinaTime.DateOf(property.OriginalValue));
            if (entry.State is EntityState.Added or EntityState.Modified)
                days.Add(ChinaTime.DateOf(property.CurrentValue));
        }
        return days;
    }

    public static async Task MarkAsync<TStaleDay>(DbContext db, IReadOnlyCollection<DateOnly> days, CancellationToken cancellationToken = default)
        where TStaleDay : class
    {
        if (days.Count == 0)
            return;
        var entity = db.Model.FindEntityType(typeof(TStaleDay)) ?? throw new InvalidOperationException($"{typeof(TStaleDay).Name} is not mapped by {db.GetType().Name}.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var insert = db.Database.IsSqlite() ? "INSERT OR IGNORE INTO" : "INSERT IGNORE INTO";
        var statement = $"{insert} {sql.DelimitIdentifier(entity.GetTableName()!)} ({sql.DelimitIdentifier(DayColumn)}) VALUES ({{0}})";
        foreach (var day in days)
            await db.Database.ExecuteSqlRawAsync(statement, [day], cancellationToken);
    }
}
