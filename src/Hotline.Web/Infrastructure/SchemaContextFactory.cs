using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// Used by dotnet-ef only: builds the schema context of every module for the provider named in
/// HOTLINE_MIGRATIONS_PROVIDER (Sqlite or MySql). No database is contacted.
/// </summary>
internal sealed class SchemaContextFactory : IDesignTimeDbContextFactory<SchemaDbContext>
{
    public SchemaDbContext CreateDbContext(string[] args)
    {
        var provider = Enum.Parse<DatabaseProvider>(Environment.GetEnvironmentVariable("HOTLINE_MIGRATIONS_PROVIDER") ?? "Sqlite", ignoreCase: true);
        var database = new DatabaseOptions { Provider = provider };
        var connection = provider == DatabaseProvider.MySql ? "Server=localhost;Database=hotline_design" : "Data Source=design.db";
        var options = new DbContextOptionsBuilder<SchemaDbContext>();
        options.UseHotlineDatabase(database, connection)
            .ReplaceService<IModelCacheKeyFactory, SchemaModelCacheKeyFactory>();
        return new SchemaDbContext(options.Options, HotlineModules.All);
    }
}
