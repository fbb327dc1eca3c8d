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

    /// <summary>
    /// Marks the rating days the save may change, before it (in its transaction, if any) and again after it: a day
    /// recomputed between the two saw the rows without this save.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var days = await Figures.RatingDays.DaysTouchedAsync(this, cancellationToken);
        await StaleFactDays.MarkAsync<StaleRatingDay>(this, days, cancellationToken);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await StaleFactDays.MarkAsync<StaleRatingDay>(this, days, cancellationToken);
        return written;
    }

    protected override void ConfigureModule(ModelBuilder builder) => EvaluationModel.Configure(builder);
}
