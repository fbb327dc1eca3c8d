namespace Hotline.Dispatch.Persistence;

internal static class DispatchModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<DispatchCase>(e =>
        {
            e.ToTable("dispatch_cases");
            e.HasKey(x => x.CaseId);
            e.Property(x => x.CaseNumber).HasMaxLength(30);
            e.Property(x => x.Summary).HasMaxLength(200);
            e.Property(x => x.RedoReason).HasMaxLength(2000);
            e.HasIndex(x => new { x.State, x.QueuedAtUtc });
            e.HasIndex(x => new { x.CategoryId, x.AreaId });
        });
        builder.Entity<Assignment>(e =>
        {
            e.ToTable("dispatch_assignments");
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.EndNote).HasMaxLength(1000);
            e.Property(x => x.CompletionDueNote).HasMaxLength(40);
            e.Ignore(x => x.IsActive);
            e.HasIndex(x => x.CaseId);
            e.HasIndex(x => new { x.UnitId, x.Status });
            e.HasIndex(x => x.DispatchedAtUtc);
        });
        builder.Entity<ReturnRequest>(e =>
        {
            e.ToTable("dispatch_return_requests");
            e.Property(x => x.Basis).HasMaxLength(2000);
            e.Property(x => x.ReviewNote).HasMaxLength(1000);
            e.Property(x => x.DisputeText).HasMaxLength(2000);
            e.Property(x => x.DisputeDecisionNote).HasMaxLength(1000);
            e.HasIndex(x => new { x.Status, x.AppliedAtUtc });
            e.HasIndex(x => x.AssignmentId);
            e.HasIndex(x => x.CaseId);
            e.HasIndex(x => new { x.UnitId, x.AppliedAtUtc });
            // Covers the assessment's return counts per unit for a period: the period's returns read from the index alone.
            e.HasIndex(x => new { x.AppliedAtUtc, x.UnitId, x.Status, x.DisputedAtUtc });
        });
        builder.Entity<RoutingRule>(e =>
        {
            e.ToTable("dispatch_routing_rules");
            e.Property(x => x.CoUnitIds).HasMaxLength(400);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Ignore(x => x.CoUnits);
            e.HasIndex(x => new { x.CategoryId, x.AreaId });
        });
        builder.Entity<DispatchTimelineEntry>(e => FlowSheetSteps.Map(e, "dispatch_timeline", 2000));
    }
}
