using System.Data;
using Microsoft.Data.Sqlite;

namespace Hotline.Platform.Persistence;

/// <summary>
/// Opens a SQLite connection again when the open itself answers SQLITE_BUSY ("database is locked" from
/// <c>SqliteConnection.Open</c>, before any query). Microsoft.Data.Sqlite re-registers EF's functions on every open of a
/// pooled handle, and SQLite refuses that while the handle still has a statement active (dotnet/efcore#36591); no busy
/// timeout covers it, because no query runs. The pool is emptied so that handle is not given out again, and the open is
/// retried on a fresh one. Seen rarely, in a burst of parallel work right after the app started.
/// </summary>
internal sealed class SqliteOpenRetry : DbConnectionInterceptor
{
    public static readonly SqliteOpenRetry Instance = new();

    private const int Attempts = 5;
    private const int SqliteBusy = 5;

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        if (result.IsSuppressed)
            return result;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                connection.Open();
                return InterceptionResult.Suppress();
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteBusy && attempt < Attempts && Discarded(connection))
            {
                Thread.Sleep(Pause(attempt));
            }
        }
    }

    public override async ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (result.IsSuppressed)
            return result;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await connection.OpenAsync(cancellationToken);
                return InterceptionResult.Suppress();
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteBusy && attempt < Attempts && Discarded(connection))
            {
                await Task.Delay(Pause(attempt), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Empties the pool so the suspect handle is not given out again. False when the failed open left the connection
    /// open on that handle (its own cleanup met the same refusal): an open then would "succeed" on it, so the error stands.
    /// </summary>
    private static bool Discarded(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
            SqliteConnection.ClearPool(sqlite);
        return connection.State == ConnectionState.Closed;
    }

    private static TimeSpan Pause(int attempt) => TimeSpan.FromMilliseconds(10 * attempt);
}
