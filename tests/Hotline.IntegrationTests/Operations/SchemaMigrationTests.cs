using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Operations;

/// <summary>
/// Upgrades (#20): a database a newer app migrated is refused; with migration at start off, a pending one stops the start;
/// the migrations of each provider stream match the model.
/// </summary>
public abstract class SchemaMigrationTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task A_database_migrated_by_a_newer_app_is_refused_and_an_up_to_date_one_needs_nothing()
    {
        await app.WithScopeAsync(async sp =>
        {
            var schema = sp.GetRequiredService<SchemaDbContext>();
            Assert.Empty(await SchemaMigrations.ApplyAsync(schema, migrate: false));
            await History(schema, $"INSERT INTO {Table(schema)} (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0')");
            try
            {
                var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SchemaMigrations.ApplyAsync(schema, migrate: true));
                Assert.Contains("比本程序新（29991231000000_FromTheFuture）", refused.Message);
                var output = new StringWriter();
                Assert.Equal(2, await SchemaMigrations.RunAsync(sp, output));
                Assert.Contains("恢复升级前的备份", output.ToString());
            }
            finally
            {
                await History(schema, $"DELETE FROM {Table(schema)} WHERE MigrationId = '29991231000000_FromTheFuture'");
            }
        });
    }

    [Fact]
    public async Task A_pending_migration_stops_the_start_when_migrating_at_start_is_off()
    {
        await app.WithScopeAsync(async sp =>
        {
            var schema = sp.GetRequiredService<SchemaDbContext>();
            var last = schema.Database.GetMigrations().Last();
            await History(schema, $"DELETE FROM {Table(schema)} WHERE MigrationId = '{last}'");
            try
            {
                var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SchemaMigrations.ApplyAsync(schema, migrate: false));
                Assert.Contains($"最新 {last}", refused.Message);
                Assert.Contains("dotnet Hotline.Web.dll migrate", refused.Message);
            }
            finally
            {
                await History(schema, $"INSERT INTO {Table(schema)} (MigrationId, ProductVersion) VALUES ('{last}', '9.0.0')");
            }
        });
    }

    [Fact]
    public async Task The_migrations_hold_every_module_s_model_as_it_is()
    {
        // A mapping refactored without a migration would otherwise surface only when an upgrade runs.
        await app.WithScopeAsync(sp =>
        {
            Assert.False(sp.GetRequiredService<SchemaDbContext>().Database.HasPendingModelChanges());
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Every_versioned_row_is_guarded_and_every_text_column_is_bounded()
    {
        // The column rules are conventions, not mapping lines: a new entity gets them without anyone remembering to.
        await app.WithScopeAsync(sp =>
        {
            var model = sp.GetRequiredService<SchemaDbContext>().Model;
            var versioned = model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)).ToList();
            Assert.NotEmpty(versioned);
            Assert.All(versioned, e => Assert.True(e.FindProperty(nameof(IVersioned.Version))!.IsConcurrencyToken, e.DisplayName()));
            var text = model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.ClrType == typeof(string)).ToList();
            Assert.All(text, p => Assert.NotNull(p.GetMaxLength()));
            Assert.All(text.Where(p => p.Name.EndsWith("By", StringComparison.Ordinal)), p => Assert.True(p.GetMaxLength() >= 100, p.Name));
            Assert.Equal(100, text.Single(p => p.DeclaringType.ClrType.Name == "Reply" && p.Name == "DecidedBy").GetMaxLength());
            Assert.Equal(64, text.Single(p => p.DeclaringType.ClrType.Name == "IntakeCase" && p.Name == "RegisteredByUserId").GetMaxLength());
            Assert.Equal(400, text.Single(p => p.Name == "PasswordHash").GetMaxLength());
            return Task.CompletedTask;
        });
    }

    private static string Table(DbContext db) => db.Database.IsSqlite() ? "\"__EFMigrationsHistory\"" : "`__EFMigrationsHistory`";

    private static Task<int> History(DbContext db, string sql) => db.Database.ExecuteSqlRawAsync(sql);
}

public sealed class SqliteSchemaMigrationTests(SqliteApp app) : SchemaMigrationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbSchemaMigrationTests(MariaDbApp app) : SchemaMigrationTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
