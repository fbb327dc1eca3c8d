using Hotline.Platform.Persistence;

namespace Hotline.Supervision.Persistence;

/// <summary>Supervision's runtime context: only Supervision's tables (prefix <c>supervision_</c>) plus the platform messaging tables.</summary>
internal sealed class SupervisionDbContext(DbContextOptions<SupervisionDbContext> options) : ModuleDbContext(options)
{
    public DbSet<WatchedDeadline> Deadlines => Set<WatchedDeadline>();

    public DbSet<CaseSupervision> Supervisions => Set<CaseSupervision>();

    public DbSet<RepeatRequest> RepeatRequests => Set<RepeatRequest>();

    public DbSet<CoordinationRecord> Coordinations => Set<CoordinationRecord>();

    public DbSet<ResponseAttachment> ResponseAttachments => Set<ResponseAttachment>();

    protected override void ConfigureModule(ModelBuilder builder) => SupervisionModel.Configure(builder);
}
