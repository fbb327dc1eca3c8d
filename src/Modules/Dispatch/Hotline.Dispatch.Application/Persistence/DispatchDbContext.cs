namespace Hotline.Dispatch.Persistence;

/// <summary>Dispatch's runtime context: only Dispatch's tables (prefix <c>dispatch_</c>) plus the platform messaging tables.</summary>
internal sealed class DispatchDbContext(DbContextOptions<DispatchDbContext> options) : ModuleDbContext(options)
{
    public DbSet<DispatchCase> Cases => Set<DispatchCase>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<ReturnRequest> Returns => Set<ReturnRequest>();
    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();
    public DbSet<DispatchTimelineEntry> Timeline => Set<DispatchTimelineEntry>();

    protected override void ConfigureModule(ModelBuilder builder) => DispatchModel.Configure(builder);
}
