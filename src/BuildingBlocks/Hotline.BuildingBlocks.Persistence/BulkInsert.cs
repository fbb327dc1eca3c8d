using System.Data;
using System.Text;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hotline.Platform.Persistence;

/// <summary>
/// Inserts many new entities of one type with multi-row INSERT statements, bypassing change tracking: the scale
/// generator's writer. Columns, converters and parameter types come from the context's model, so a row is written
/// exactly as SaveChanges would write it; a store-generated key (an auto-increment id) is left to the database.
/// </summary>
public static class BulkInsert
{
    // SQLite allows 32,766 variables per statement; MariaDB has no such limit, but a statement of a few MB is as fast.
    private const int MaxParametersPerStatement = 30_000;
    private const int MaxRowsPerStatement = 1_000;

    /// <summary>
    /// Opens a transaction for one batch of bulk writes. On SQLite the connection also stops syncing every page to
    /// disk and gets a large page cache; on MariaDB it stops checking foreign keys and unique secondary keys row by row
    /// (the generator writes consistent rows; the connection's session is reset when it goes back to the pool): the
    /// generator fills a database nobody uses yet, and a crash means running it again.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginBatchAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;", cancellationToken);
        else
            await db.Database.ExecuteSqlRawAsync("SET SESSION foreign_key_checks = 0, unique_checks = 0", cancellationToken);
        return await db.Database.BeginTransactionAsync(cancellationToken);
    }

    public static async Task WriteAsync<T>(DbContext db, IEnumerable<T> entities, CancellationToken cancellationToken = default)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped by {db.GetType().Name}.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => !p.IsShadowProperty() && !IsAutoIncrement(p))
            .Select(p => new Column(p, p.GetColumnName(table)!, (RelationalTypeMapping)p.GetRelationalTypeMapping(), p.GetGetter()))
            .ToArray();
        // Microsoft.Data.Sqlite finds each parameter by a linear search of its name, so a long VALUES list costs the
        // square of its length: on SQLite one prepared single-row statement is the fast way; MariaDB wants long lists.
        var rowsPerStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, Math.Min(MaxRowsPerStatement, MaxParametersPerStatement / columns.Length));
        var sql = db.GetService<ISqlGenerationHelper>();
        var prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";

        var opened = db.Database.GetDbConnection().State != ConnectionState.Open;
        if (opened)
            await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var full = db.Database.GetDbConnection().CreateCommand();
            full.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            full.CommandText = Statement(prefix, columns.Length, rowsPerStatement);
            var pending = new List<T>(rowsPerStatement);
            foreach (var entity in entities)
            {
                pending.Add(entity);
                if (pending.Count == rowsPerStatement)
                {
                    await ExecuteAsync(full, columns, pending, cancellationToken);
                    pending.Clear();
                }
            }
            if (pending.Count > 0)
            {
                await using var rest = db.Database.GetDbConnection().CreateCommand();
                rest.Transaction = full.Transaction;
                rest.CommandText = Statement(prefix, columns.Length, pending.Count);
                await ExecuteAsync(rest, columns, pending, cancellationToken);
            }
        }
        finally
        {
            if (opened)
                await db.Database.CloseConnectionAsync();
        }
    }

    private static string Statement(string prefix, int columns, int rows)
    {
        var text = new StringBuilder(prefix, prefix.Length + rows * columns * 8);
        var n = 0;
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
                text.Append(c == 0 ? "@p" : ", @p").Append(n++);
            text.Append(')');
        }
        return text.ToString();
    }

    private static async Task ExecuteAsync<T>(DbCommand command, Column[] columns, List<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        command.Parameters.Clear();
        var n = 0;
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                var value = column.Getter.GetClrValueUsingContainingEntity(row);
                command.Parameters.Add(column.Mapping.CreateParameter(command, "p" + n++, value, column.Property.IsNullable));
            }
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static bool IsAutoIncrement(IProperty property) =>
        property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd && (property.ClrType == typeof(long) || property.ClrType == typeof(int));

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter);
}
