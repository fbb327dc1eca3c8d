namespace Hotline.Platform.Persistence;

/// <summary>
/// SQLite's own busy handler on every connection. Without it Microsoft.Data.Sqlite answers a locked database by sleeping
/// 150 ms and retrying, so a registration that meets another agent's write waits 150 ms for a lock freed after 1 ms;
/// SQLite's handler retries within a millisecond or two. The timeout equals EF's default command timeout.
/// </summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public static readonly SqliteConnectionPragmas Instance = new();

    private const string Pragmas = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
