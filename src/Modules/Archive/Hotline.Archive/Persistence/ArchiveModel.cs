using Hotline.Archive.Export;

namespace Hotline.Archive.Persistence;

internal static class ArchiveModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ArchiveRecord>(e =>
        {
            e.ToTable("archive_records");
            e.Property(x => x.ArchiveNumber).HasMaxLength(24);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.OriginalArchiveNumber).HasMaxLength(24);
            e.Property(x => x.CaseNumber).HasMaxLength(40);
            e.Property(x => x.RequestType).HasMaxLength(20);
            e.Property(x => x.CategoryName).HasMaxLength(200);
            e.Property(x => x.LeadUnitName).HasMaxLength(200);
            e.Property(x => x.Content).HasMaxLength(4000);
            e.Property(x => x.Retention).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.CallerPhone).HasMaxLength(20);
            // Unbounded text: longtext on MariaDB; SQLite ignores the declared type.
            e.Property(x => x.SnapshotJson).HasColumnType("longtext");
            e.HasIndex(x => x.ArchiveNumber).IsUnique();
            // Two writers taking the same place in a year's chain: the second fails here and retries.
            e.HasIndex(x => new { x.Year, x.Sequence }).IsUnique();
            // One record per closing of a case: redelivery, backfill and the event handler cannot archive it twice.
            e.HasIndex(x => new { x.CaseId, x.ClosedAtUtc }).IsUnique();
            e.HasIndex(x => x.CaseNumber);
            e.HasIndex(x => new { x.Year, x.CategoryId });
            e.HasIndex(x => x.LeadUnitId);
            e.HasIndex(x => x.ClosedAtUtc);
            e.HasIndex(x => x.CallerPhone);
            e.HasIndex(x => x.AreaId);
            e.Ignore(x => x.Destroyed);
            e.Ignore(x => x.RetainedUntilUtc);
        });
        builder.Entity<ArchiveDisposal>(e =>
        {
            e.ToTable("archive_disposals");
            e.Property(x => x.ArchiveNumber).HasMaxLength(24);
            e.Property(x => x.CaseNumber).HasMaxLength(40);
            e.Property(x => x.Retention).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Reason).HasMaxLength(ArchiveDisposal.ReasonMax);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.DecisionNote).HasMaxLength(ArchiveDisposal.ReasonMax);
            e.HasIndex(x => x.RecordId);
            e.HasIndex(x => new { x.State, x.ProposedAtUtc });
        });
        builder.Entity<BorrowRequest>(e =>
        {
            e.ToTable("archive_borrowings");
            e.Property(x => x.ArchiveNumber).HasMaxLength(24);
            e.Property(x => x.Reason).HasMaxLength(BorrowRequest.ReasonMax);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.DecisionNote).HasMaxLength(BorrowRequest.ReasonMax);
            e.HasIndex(x => new { x.State, x.RequestedAtUtc });
            e.HasIndex(x => x.RequestedByUserId);
            e.HasIndex(x => x.RecordId);
        });
        builder.Entity<PendingClosing>(e =>
        {
            e.ToTable("archive_pending_closings");
            e.Property(x => x.CaseNumber).HasMaxLength(40);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.IntakeRating).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.HandlingRating).HasConversion<string>().HasMaxLength(20);
            // One row per closing: the same closing delivered again, or offered again by the backfill, is not queued twice.
            e.HasIndex(x => new { x.CaseId, x.ClosedAtUtc }).IsUnique();
            // The sweep takes the oldest closings first.
            e.HasIndex(x => x.ClosedAtUtc);
        });
        builder.MapExportJobs<ArchiveExportJob>("archive_exports", ArchiveExport.PurposeMax);
    }
}
