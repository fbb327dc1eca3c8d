using Microsoft.Data.Sqlite;

namespace Hotline.Platform.Persistence;

/// <summary>
/// Readies every SQLite connection as it opens.
/// <para>SQLite's own busy handler: without it Microsoft.Data.Sqlite answers a locked database by sleeping 150 ms and
/// retrying, so a registration that meets another agent's write waits 150 ms for a lock freed after 1 ms; SQLite's
/// handler retries within a millisecond or two. The timeout equals EF's default command timeout.</para>
/// <para>A leftover transaction: the pool hands a connection back as its last user left it, and one whose COMMIT was
/// refused (another writer held the lock) is still inside that transaction, so the next BEGIN fails with "cannot start
/// a transaction within a transaction" (an event handler then waits for its retry). Its work was never committed;
/// it is rolled back.</para>
/// </summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public static readonly SqliteConnectionPragmas Instance = new();

    private const string Pragmas = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = InsideTransaction(connection) ? "ROLLBACK; " + Pragmas : Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = InsideTransaction(connection) ? "ROLLBACK; " + Pragmas : Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static bool InsideTransaction(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && SQLitePCL.raw.sqlite3_get_autocommit(handle) == 0;
}
