using Hotline.Platform.Persistence;

namespace Hotline.Assessment.Persistence;

/// <summary>Assessment's runtime context: only Assessment's tables (prefix <c>assessment_</c>) plus the platform messaging tables.</summary>
internal sealed class AssessmentDbContext(DbContextOptions<AssessmentDbContext> options) : ModuleDbContext(options)
{
    public DbSet<AssessmentAdjustment> AssessmentAdjustments => Set<AssessmentAdjustment>();

    public DbSet<AssessmentLock> AssessmentLocks => Set<AssessmentLock>();

    public DbSet<CaseFact> CaseFacts => Set<CaseFact>();

    public DbSet<SeasonalReminder> SeasonalReminders => Set<SeasonalReminder>();

    protected override void ConfigureModule(ModelBuilder builder) => AssessmentModel.Configure(builder);
}
