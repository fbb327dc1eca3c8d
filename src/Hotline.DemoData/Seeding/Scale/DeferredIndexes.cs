using System.Diagnostics;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Platform.Seeding.Scale;

/// <summary>
/// The modules' non-unique secondary indexes, set aside on SQLite while the generator bulk-loads their tables and built
/// once at the end: keeping a dozen indexes on random keys (case and assignment ids) current row by row is what slows
/// the load as the file grows, and one sort per index at the end is far cheaper. The seeders only insert while the
/// indexes are away; the platform's and Administration's tables (which
/// the generator reads and never writes) keep theirs. MariaDB keeps its indexes (InnoDB's foreign keys need them).
/// </summary>
internal sealed class DeferredIndexes(IReadOnlyList<string> definitions)
{
    private const string ModuleIndexes = """
        SELECT name, sql FROM sqlite_master
        WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
          AND tbl_name NOT LIKE 'platform\_%' ESCAPE '\' AND tbl_name NOT LIKE 'administration\_%' ESCAPE '\'
          AND tbl_name NOT LIKE '\_\_%' ESCAPE '\'
        """;

    public static async Task<DeferredIndexes> SetAsideAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
            return new DeferredIndexes([]);
        var indexes = new List<(string Name, string Sql)>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = ModuleIndexes;
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
            // The names come from the schema itself, quoted as identifiers.
            foreach (var (name, _) in indexes)
                await db.Database.ExecuteSqlRawAsync(string.Concat("DROP INDEX \"", name.Replace("\"", "\"\""), "\""), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return new DeferredIndexes(indexes.Select(i => i.Sql).ToList());
    }

    public async Task RestoreAsync(PlatformDbContext db, TextWriter output, CancellationToken cancellationToken)
    {
        if (definitions.Count == 0)
            return;
        var watch = Stopwatch.StartNew();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
        foreach (var sql in definitions)
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        output.WriteLine($"重建二级索引：{definitions.Count} 个，用时 {watch.Elapsed:mm\\:ss}。");
    }
}
