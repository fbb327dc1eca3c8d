using Hotline.Handling.Facts;

namespace Hotline.Handling.Persistence;

internal static class HandlingModel
{
    public const int TextMax = 4000;

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<HandlingAssignment>(e =>
        {
            e.ToTable("handling_assignments");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.CaseNumber).HasMaxLength(30);
            e.Property(x => x.Summary).HasMaxLength(200);
            e.Property(x => x.DispatchNote).HasMaxLength(1000);
            e.Property(x => x.ProceedWithoutOpinionsReason).HasMaxLength(1000);
            e.Property(x => x.RedoReason).HasMaxLength(2000);
            e.Ignore(x => x.IsLead);
            e.HasIndex(x => x.CaseId);
            // Also the 已办结 window: a unit's closed assignments by dispatch time.
            e.HasIndex(x => new { x.UnitId, x.Status, x.DispatchedAtUtc });
            // The deadline board reads every open assignment: by status, not by a scan of all assignments ever made.
            e.HasIndex(x => x.Status);
            e.HasIndex(x => x.DispatchedAtUtc);
            // A unit's home trend: what it received on each of the last days, from the index alone.
            e.HasIndex(x => new { x.UnitId, x.DispatchedAtUtc });
        });
        builder.Entity<CallerContact>(e =>
        {
            e.ToTable("handling_contacts");
            e.Property(x => x.Note).HasMaxLength(1000);
            e.HasIndex(x => x.AssignmentId);
        });
        builder.Entity<ProgressNote>(e =>
        {
            e.ToTable("handling_notes");
            e.Property(x => x.Text).HasMaxLength(TextMax);
            e.HasIndex(x => x.AssignmentId);
        });
        builder.Entity<HandlingAttachment>(e =>
        {
            e.ToTable("handling_attachments");
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.HasIndex(x => x.AssignmentId);
        });
        builder.Entity<ExtensionRequest>(e =>
        {
            e.ToTable("handling_extensions");
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.Property(x => x.Measures).HasMaxLength(2000);
            e.Property(x => x.DecisionNote).HasMaxLength(1000);
            e.HasIndex(x => x.AssignmentId);
            e.HasIndex(x => new { x.Status, x.RequestedAtUtc });
        });
        builder.Entity<CoOpinion>(e =>
        {
            e.ToTable("handling_co_opinions");
            e.Property(x => x.Text).HasMaxLength(TextMax);
            e.HasIndex(x => x.LeadAssignmentId);
            e.HasIndex(x => x.AssignmentId).IsUnique();
        });
        builder.Entity<Reply>(e =>
        {
            e.ToTable("handling_replies");
            e.Property(x => x.Text).HasMaxLength(TextMax);
            e.Property(x => x.ExplanationToCenter).HasMaxLength(TextMax);
            e.Property(x => x.DecisionNote).HasMaxLength(1000);
            e.HasIndex(x => new { x.AssignmentId, x.Round });
            e.HasIndex(x => x.CaseId);
            // 待审核 starts from the few replies waiting for approval.
            e.HasIndex(x => new { x.Status, x.AssignmentId });
        });
        builder.Entity<RedoOrder>(e =>
        {
            e.ToTable("handling_redo_orders");
            e.Property(x => x.CaseNumber).HasMaxLength(30);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.Property(x => x.WaitingReason).HasMaxLength(1000);
            // One order per round: a redelivered RedoRequested cannot order the round twice.
            e.HasIndex(x => new { x.CaseId, x.Round }).IsUnique();
        });
        builder.Entity<UnitHandlingSettings>(e =>
        {
            e.ToTable("handling_unit_settings");
            e.HasKey(x => x.UnitId);
            e.Property(x => x.UnitId).ValueGeneratedNever();
        });
        builder.Entity<HandlingTimelineEntry>(e => FlowSheetSteps.Map(e, "handling_timeline", TextMax));
        builder.Entity<HandlingDay>(e =>
        {
            e.ToTable("handling_unit_days");
            e.HasKey(x => new { x.Day, x.UnitId });
        });
        builder.Entity<StaleHandlingDay>(e =>
        {
            e.ToTable("handling_stale_days");
            e.HasKey(x => x.Day);
        });
    }
}
