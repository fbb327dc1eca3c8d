using Hotline.Platform.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hotline.UnitTests.Persistence;

/// <summary>
/// A pooled SQLite connection can come back from the pool still inside a transaction its last user could not end
/// (a COMMIT refused while another writer held the lock); the next user's BEGIN then fails with "cannot start a
/// transaction within a transaction". Opening a connection rolls such a leftover back.
/// </summary>
public sealed class SqliteLeftTransactionTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"left-tx-{Guid.NewGuid():N}.db");

    [Fact]
    public void A_connection_that_comes_back_inside_a_transaction_is_rolled_back_on_open()
    {
        var connectionString = $"Data Source={_file}";
        using (var first = new SqliteConnection(connectionString))
        {
            first.Open();
            Execute(first, "CREATE TABLE t (x INTEGER); BEGIN; INSERT INTO t VALUES (1);");
        }

        using var second = new SqliteConnection(connectionString);
        using var context = new DbContext(new DbContextOptionsBuilder().UseSqlite(second).AddInterceptors(SqliteConnectionPragmas.Instance).Options);
        context.Database.OpenConnection();

        using var transaction = second.BeginTransaction();
        Assert.Equal(0L, (long)Scalar(second, "SELECT count(*) FROM t")!);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteConnection.ClearPool(new SqliteConnection($"Data Source={_file}"));
        File.Delete(_file);
    }
}
