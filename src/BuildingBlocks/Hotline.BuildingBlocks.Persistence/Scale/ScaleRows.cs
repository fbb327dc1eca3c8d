using Hotline.Platform.Persistence;

namespace Hotline.Platform.Seeding.Scale;

/// <summary>
/// A module's rows for one batch of generated cases, told but not written yet: <see cref="InsertAsync"/> writes them
/// in the order they were added, in one transaction of the module's context, then runs what must follow the commit.
/// </summary>
public sealed class ScaleRows(DbContext db)
{
    private readonly DbContext _db = db;
    private readonly List<Func<CancellationToken, Task>> _writes = [];
    private readonly List<Action> _afterCommit = [];

    public ScaleRows Add<T>(IEnumerable<T> rows) where T : class
    {
        _writes.Add(cancellationToken => BulkInsert.WriteAsync(_db, rows, cancellationToken));
        return this;
    }

    /// <summary>Work on the written rows outside the database (e.g. a search index), after the commit.</summary>
    public ScaleRows AfterCommit(Action action)
    {
        _afterCommit.Add(action);
        return this;
    }

    /// <summary>
    /// Inserts the modules' rows of one batch: side by side on a database server, where each module writes its own
    /// tables over its own connection; one after another on SQLite, which has one writer.
    /// </summary>
    public static async Task InsertAsync(IReadOnlyList<ScaleRows> modules, CancellationToken cancellationToken)
    {
        if (modules.Any(m => m._db.Database.IsSqlite()))
        {
            foreach (var module in modules)
                await module.InsertAsync(cancellationToken);
        }
        else
            await Task.WhenAll(modules.Select(m => Task.Run(() => m.InsertAsync(cancellationToken), cancellationToken)));
    }

    private async Task InsertAsync(CancellationToken cancellationToken)
    {
        if (_writes.Count > 0)
        {
            await using var tx = await BulkInsert.BeginBatchAsync(_db, cancellationToken);
            foreach (var write in _writes)
                await write(cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }
        foreach (var action in _afterCommit)
            action();
    }
}
