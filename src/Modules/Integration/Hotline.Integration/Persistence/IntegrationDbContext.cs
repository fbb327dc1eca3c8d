namespace Hotline.Integration.Persistence;

/// <summary>Integration's runtime context: only its tables (prefix <c>integration_</c>) plus the platform messaging tables.</summary>
internal sealed class IntegrationDbContext(DbContextOptions<IntegrationDbContext> options) : ModuleDbContext(options)
{
    public DbSet<ApiClient> Clients => Set<ApiClient>();
    public DbSet<ApiCall> Calls => Set<ApiCall>();
    public DbSet<ExternalSubmission> Submissions => Set<ExternalSubmission>();
    public DbSet<FeedEvent> FeedEvents => Set<FeedEvent>();
    public DbSet<FeedEventUnit> FeedEventUnits => Set<FeedEventUnit>();
    public DbSet<FeedSubscription> Subscriptions => Set<FeedSubscription>();
    public DbSet<FeedDelivery> Deliveries => Set<FeedDelivery>();

    protected override void ConfigureModule(ModelBuilder builder) => IntegrationModel.Configure(builder);
}
