using Hotline.Platform.Modules;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hotline.Platform.Persistence;

/// <summary>
/// Design-time and migration context: the platform's tables plus every module's, so that each
/// provider has one migration stream. Never used for application reads or writes.
/// </summary>
public sealed class SchemaDbContext(DbContextOptions<SchemaDbContext> options, IEnumerable<IHotlineModule> modules)
    : PlatformDbContext(options)
{
    internal IReadOnlyList<IHotlineModule> Modules { get; } = modules.ToList();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        foreach (var module in Modules)
            module.ConfigureModel(builder);
    }
}

/// <summary>The schema model depends on which modules are composed, not only on the context type.</summary>
public sealed class SchemaModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => context is SchemaDbContext schema
        ? (context.GetType(), string.Join(",", schema.Modules.Select(m => m.Name)), designTime)
        : (context.GetType(), designTime);
}
