using Hotline.Platform.Persistence;

namespace Hotline.Assessment.Persistence;

internal static class AssessmentModel
{
    private const string LongText = "longtext";

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<CaseFact>(e =>
        {
            e.ToTable("assessment_case_facts");
            e.HasKey(x => x.CaseId);
            e.Ignore(x => x.IsOpen);
            e.Property(x => x.CaseNumber).HasMaxLength(40);
            e.Property(x => x.Text).HasMaxLength(CaseFact.TextMax);
            // The dashboard and the topic counts read by registration time (covering the dashboard's counts by status,
            // category, area and channel, so a week or a month is counted from the index alone), the open-case figure by status.
            e.HasIndex(x => new { x.RegisteredAtUtc, x.Status, x.CategoryId, x.AreaId, x.Channel });
            e.HasIndex(x => new { x.CategoryId, x.RegisteredAtUtc });
            e.HasIndex(x => x.Status);
            // Covers the dashboard's monthly ratings: a month of closings is counted from the index alone.
            e.HasIndex(x => new { x.ClosedAtUtc, x.Rating });
        });

        builder.Entity<SeasonalReminder>(e =>
        {
            e.ToTable("assessment_seasonal_reminders");
            e.Property(x => x.Text).HasMaxLength(SeasonalReminder.TextMax);
            e.Property(x => x.AcknowledgeNote).HasMaxLength(SeasonalReminder.NoteMax);
            // One reminder per category, unit and season: the daily pass and a manual send never double it.
            e.HasIndex(x => new { x.CategoryId, x.UnitId, x.Year, x.PeakMonth }).IsUnique();
            e.HasIndex(x => new { x.UnitId, x.AcknowledgedAtUtc });
        });

        builder.Entity<AssessmentAdjustment>(e =>
        {
            e.ToTable("assessment_adjustments");
            e.Property(x => x.PeriodKey).HasMaxLength(32);
            e.Property(x => x.Points).HasPrecision(6, 1);
            e.Property(x => x.Reason).HasMaxLength(AssessmentAdjustment.ReasonMax);
            e.HasIndex(x => new { x.PeriodKey, x.UnitId });
        });

        builder.Entity<AssessmentLock>(e =>
        {
            e.ToTable("assessment_locks");
            // One lock per period: two assessors locking at once, the second insert fails.
            e.HasKey(x => x.PeriodKey);
            e.Property(x => x.PeriodKey).HasMaxLength(32);
            e.Property(x => x.SnapshotJson).HasColumnType(LongText);
        });
    }
}
