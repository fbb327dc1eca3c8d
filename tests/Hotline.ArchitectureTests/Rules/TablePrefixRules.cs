using Hotline.Platform.Modules;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hotline.ArchitectureTests.Rules;

/// <summary>
/// Every table carries its owner's prefix (platform_, intake_, ...). A module's tables are found as the
/// difference between the schema model with that module composed and the schema model without modules,
/// so the check sees exactly what the module's ConfigureModel adds to the migration stream.
/// </summary>
public static class TablePrefixRules
{
    public const string PlatformPrefix = "platform_";

    /// <summary>Entity types and the table (or view) each maps to, for the platform plus the given modules, on SQLite.</summary>
    public static IReadOnlyDictionary<string, string?> Tables(IReadOnlyList<IHotlineModule> modules)
    {
        var options = new DbContextOptionsBuilder<SchemaDbContext>();
        options.UseHotlineDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite }, "Data Source=:memory:")
            .ReplaceService<IModelCacheKeyFactory, SchemaModelCacheKeyFactory>();
        // Reading the model builds it; no connection is opened.
        using var db = new SchemaDbContext(options.Options, modules);
        return db.Model.GetEntityTypes().ToDictionary(e => e.Name, TableOf);
    }

    public static IReadOnlyDictionary<string, string?> PlatformTables() => Tables([]);

    /// <summary>The tables the module adds to the platform's schema.</summary>
    public static IReadOnlyDictionary<string, string?> ModuleTables(IHotlineModule module)
    {
        var platform = PlatformTables();
        return Tables([module]).Where(t => !platform.ContainsKey(t.Key)).ToDictionary();
    }

    /// <summary>Lines "Entity -> table" for mapped entities whose table or view lacks the prefix.</summary>
    public static IReadOnlyList<string> Violations(IReadOnlyDictionary<string, string?> tables, string prefix) =>
        tables.Where(t => t.Value is not null && !t.Value.StartsWith(prefix, StringComparison.Ordinal))
            .Select(t => $"{t.Key} -> {t.Value}")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string? TableOf(IEntityType entity) => entity.GetTableName() ?? entity.GetViewName();
}
