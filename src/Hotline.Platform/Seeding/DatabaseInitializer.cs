using Hotline.Platform.Auditing;
using Hotline.Platform.Modules;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Seeding;

/// <summary>Runs at start: applies migrations, then the reference data every installation needs, then the demo county if asked.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var hosting = sp.GetRequiredService<HostingOptions>();
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        Directory.CreateDirectory(hosting.FullDataDirectory);
        Directory.CreateDirectory(hosting.UploadsDirectory);

        var schema = sp.GetRequiredService<SchemaDbContext>();
        if (schema.Database.IsSqlite())
            await schema.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await SchemaMigrations.ApplyAsync(schema, hosting.MigrateAtStart, cancellationToken);

        var modules = sp.GetServices<IHotlineModule>().ToList();
        // The accounts need the center unit (and the demo county's units) that a module seeds.
        foreach (var module in modules)
            await module.SeedReferenceDataAsync(sp, hosting.DemoMode, cancellationToken);

        foreach (var module in modules)
            await module.SeedAccountsAsync(sp, hosting.DemoMode, cancellationToken);

        foreach (var module in modules)
            await module.SeedAsync(sp, hosting.DemoMode, cancellationToken);
        if (hosting.DemoMode)
            logger.LogInformation("Demo county ready");
    }
}
