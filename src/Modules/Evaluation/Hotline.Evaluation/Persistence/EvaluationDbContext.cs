using Hotline.Evaluation.Domain;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Evaluation.Persistence;

/// <summary>Evaluation's runtime context: only Evaluation's tables (prefix <c>evaluation_</c>) plus the platform messaging tables.</summary>
internal sealed class EvaluationDbContext(DbContextOptions<EvaluationDbContext> options) : ModuleDbContext(options)
{
    public DbSet<RevisitCase> Cases => Set<RevisitCase>();
    public DbSet<RevisitAttempt> Attempts => Set<RevisitAttempt>();
    public DbSet<DissatisfactionFollowUp> FollowUps => Set<DissatisfactionFollowUp>();
    public DbSet<RatingLink> Links => Set<RatingLink>();
    public DbSet<EvaluationTimelineEntry> Timeline => Set<EvaluationTimelineEntry>();

    protected override void ConfigureModule(ModelBuilder builder) => EvaluationModel.Configure(builder);
}
