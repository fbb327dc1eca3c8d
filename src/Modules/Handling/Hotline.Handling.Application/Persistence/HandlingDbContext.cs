using Hotline.Handling.Facts;
using Hotline.Platform.Facts;

namespace Hotline.Handling.Persistence;

/// <summary>Handling's runtime context: only Handling's tables (prefix <c>handling_</c>) plus the platform messaging tables.</summary>
internal sealed class HandlingDbContext(DbContextOptions<HandlingDbContext> options) : ModuleDbContext(options)
{
    public DbSet<HandlingAssignment> Assignments => Set<HandlingAssignment>();
    public DbSet<CallerContact> Contacts => Set<CallerContact>();
    public DbSet<ProgressNote> Notes => Set<ProgressNote>();
    public DbSet<HandlingAttachment> Attachments => Set<HandlingAttachment>();
    public DbSet<ExtensionRequest> Extensions => Set<ExtensionRequest>();
    public DbSet<CoOpinion> CoOpinions => Set<CoOpinion>();
    public DbSet<Reply> Replies => Set<Reply>();
    public DbSet<RedoOrder> RedoOrders => Set<RedoOrder>();
    public DbSet<UnitHandlingSettings> UnitSettings => Set<UnitHandlingSettings>();
    public DbSet<HandlingTimelineEntry> Timeline => Set<HandlingTimelineEntry>();
    public DbSet<HandlingDay> HandlingDays => Set<HandlingDay>();
    public DbSet<StaleHandlingDay> StaleHandlingDays => Set<StaleHandlingDay>();

    /// <summary>Marks the days of the daily facts the save may change (<see cref="StaleFactDays.SaveMarkingAsync"/>).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        await StaleFactDays.SaveMarkingAsync<StaleHandlingDay>(this, Facts.HandlingDays.DaysTouched(this),
            () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);

    protected override void ConfigureModule(ModelBuilder builder) => HandlingModel.Configure(builder);
}
