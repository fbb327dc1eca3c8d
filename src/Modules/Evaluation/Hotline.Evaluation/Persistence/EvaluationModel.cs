using Hotline.Evaluation.Figures;

namespace Hotline.Evaluation.Persistence;

internal static class EvaluationModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<RevisitCase>(e =>
        {
            e.ToTable("evaluation_cases");
            e.HasKey(x => x.CaseId);
            e.Property(x => x.CaseId).ValueGeneratedNever();
            e.Property(x => x.CaseNumber).HasMaxLength(30);
            e.Property(x => x.ReplyText).HasMaxLength(4000);
            e.HasIndex(x => new { x.State, x.RevisitDueUtc });
            e.HasIndex(x => new { x.LeadUnitId, x.RatedAtUtc });
            // The figures of a period over all units: a range on the rating time alone.
            e.HasIndex(x => x.RatedAtUtc);
            // The rated cases of the few mediation and law-enforcement categories in a period (assessment's 满意率 leaves them out).
            e.HasIndex(x => new { x.CategoryId, x.RatedAtUtc });
            // A first contact finds the rating day of its case.
            e.HasIndex(x => x.LeadAssignmentId);
        });
        builder.Entity<RevisitAttempt>(e =>
        {
            e.ToTable("evaluation_attempts");
            e.Property(x => x.CallerWords).HasMaxLength(2000);
            e.HasIndex(x => new { x.CaseId, x.Round });
        });
        builder.Entity<DissatisfactionFollowUp>(e =>
        {
            e.ToTable("evaluation_follow_ups");
            e.Property(x => x.Why).HasMaxLength(2000);
            e.Property(x => x.Instructions).HasMaxLength(2000);
            e.Property(x => x.SupervisorNote).HasMaxLength(2000);
            e.HasIndex(x => new { x.CaseId, x.Round }).IsUnique();
        });
        builder.Entity<RatingLink>(e =>
        {
            e.ToTable("evaluation_rating_links");
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => x.CaseId);
        });
        builder.Entity<EvaluationTimelineEntry>(e => FlowSheetSteps.Map(e, "evaluation_timeline", 4000));
        builder.Entity<FirstContact>(e =>
        {
            e.ToTable("evaluation_first_contacts");
            e.HasKey(x => x.AssignmentId);
            e.Property(x => x.AssignmentId).ValueGeneratedNever();
        });
        builder.Entity<RatingDay>(e =>
        {
            e.ToTable("evaluation_rating_days");
            e.HasKey(x => new { x.Day, x.UnitId });
        });
        builder.Entity<StaleRatingDay>(e =>
        {
            e.ToTable("evaluation_stale_rating_days");
            e.HasKey(x => x.Day);
        });
    }
}
