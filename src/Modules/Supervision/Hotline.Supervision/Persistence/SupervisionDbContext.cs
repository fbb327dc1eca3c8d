using Hotline.Platform.Facts;
using Hotline.Platform.Persistence;
using Hotline.Supervision.Figures;

namespace Hotline.Supervision.Persistence;

/// <summary>Supervision's runtime context: only Supervision's tables (prefix <c>supervision_</c>) plus the platform messaging tables.</summary>
internal sealed class SupervisionDbContext(DbContextOptions<SupervisionDbContext> options) : ModuleDbContext(options)
{
    public DbSet<WatchedDeadline> Deadlines => Set<WatchedDeadline>();

    public DbSet<CaseSupervision> Supervisions => Set<CaseSupervision>();

    public DbSet<RepeatRequest> RepeatRequests => Set<RepeatRequest>();

    public DbSet<CoordinationRecord> Coordinations => Set<CoordinationRecord>();

    public DbSet<ResponseAttachment> ResponseAttachments => Set<ResponseAttachment>();

    public DbSet<SupervisionDay> SupervisionDays => Set<SupervisionDay>();

    public DbSet<StaleSupervisionDay> StaleSupervisionDays => Set<StaleSupervisionDay>();

    /// <summary>Marks the days of the daily facts the save may change (<see cref="StaleFactDays.SaveMarkingAsync"/>).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        await StaleFactDays.SaveMarkingAsync<StaleSupervisionDay>(this, Figures.SupervisionDays.DaysTouched(this),
            () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);

    protected override void ConfigureModule(ModelBuilder builder) => SupervisionModel.Configure(builder);
}
