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
