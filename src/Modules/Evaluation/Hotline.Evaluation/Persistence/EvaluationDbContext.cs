using Hotline.Evaluation.Figures;
using Hotline.Platform.Facts;

namespace Hotline.Evaluation.Persistence;

/// <summary>Evaluation's runtime context: only Evaluation's tables (prefix <c>evaluation_</c>) plus the platform messaging tables.</summary>
internal sealed class EvaluationDbContext(DbContextOptions<EvaluationDbContext> options) : ModuleDbContext(options)
{
    public DbSet<RevisitCase> Cases => Set<RevisitCase>();
    public DbSet<RevisitAttempt> Attempts => Set<RevisitAttempt>();
    public DbSet<DissatisfactionFollowUp> FollowUps => Set<DissatisfactionFollowUp>();
    public DbSet<RatingLink> Links => Set<RatingLink>();
    public DbSet<EvaluationTimelineEntry> Timeline => Set<EvaluationTimelineEntry>();
    public DbSet<FirstContact> FirstContacts => Set<FirstContact>();
    public DbSet<RatingDay> RatingDays => Set<RatingDay>();
    public DbSet<StaleRatingDay> StaleRatingDays => Set<StaleRatingDay>();

    /// <summary>Marks the days of the daily facts the save may change (<see cref="StaleFactDays.SaveMarkingAsync"/>).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        await StaleFactDays.SaveMarkingAsync<StaleRatingDay>(this, await Figures.RatingDays.DaysTouchedAsync(this, cancellationToken),
            () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);

    protected override void ConfigureModule(ModelBuilder builder) => EvaluationModel.Configure(builder);
}
