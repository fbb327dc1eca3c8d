using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Persistence;

public static class HotlineDbContextOptions
{
    public const string SqliteMigrationsAssembly = "Hotline.Migrations.Sqlite";
    public const string MySqlMigrationsAssembly = "Hotline.Migrations.MySql";

    /// <summary>Points a context at the configured provider; migrations live in one assembly per provider.</summary>
    public static DbContextOptionsBuilder UseHotlineDatabase(this DbContextOptionsBuilder builder, DatabaseOptions options, string connectionString)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
                    .AddInterceptors(SqliteOpenRetry.Instance, SqliteConnectionPragmas.Instance);
                break;
            case DatabaseProvider.MySql:
                // No retrying execution strategy: units of work use explicit transactions (numbering, imports),
                // which a retrying strategy would refuse.
                builder.UseMySql(connectionString, ServerVersion.Parse(options.ServerVersion),
                    mysql => mysql.MigrationsAssembly(MySqlMigrationsAssembly));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }
        return builder.AddInterceptors(ConnectionFailureLog.Instance)
            .ConfigureWarnings(w => w.Log((RelationalEventId.ConnectionError, LogLevel.Debug)));
    }
}
