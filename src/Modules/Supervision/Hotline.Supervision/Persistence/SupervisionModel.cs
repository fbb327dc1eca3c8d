using Hotline.Platform.Persistence;
using Hotline.Supervision.Figures;

namespace Hotline.Supervision.Persistence;

internal static class SupervisionModel
{
    private const string LongText = "longtext";

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ResponseAttachment>(e =>
        {
            e.ToTable("supervision_response_attachments");
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.HasIndex(x => x.SupervisionId);
        });

        builder.Entity<WatchedDeadline>(e =>
        {
            e.ToTable("supervision_deadlines");
            e.Ignore(x => x.IsOpen);
            e.Ignore(x => x.IsUnitCaseStep);
            e.Property(x => x.CaseNumber).HasMaxLength(40);
            // One row per assignment and kind: what makes redelivery and restarts harmless.
            e.HasIndex(x => new { x.AssignmentId, x.Kind }).IsUnique();
            // The watch pass reads running rows by kind up to each kind's warning window, warned rows by due time.
            e.HasIndex(x => new { x.State, x.DueUtc });
            e.HasIndex(x => new { x.State, x.Kind, x.DueUtc });
            e.HasIndex(x => x.CaseId);
            e.HasIndex(x => new { x.UnitId, x.State });
        });

        builder.Entity<CaseSupervision>(e =>
        {
            e.ToTable("supervision_case_supervisions");
            e.Ignore(x => x.IsOpen);
            e.Ignore(x => x.NoticeNumber);
            e.Property(x => x.CaseNumber).HasMaxLength(40);
            e.Property(x => x.Problem).HasMaxLength(CaseSupervision.MaxProblemLength);
            // 10,000 characters do not fit a MySQL row as varchar; SQLite ignores the declared type.
            e.Property(x => x.Requirement).HasMaxLength(CaseSupervision.MaxRequirementLength).HasColumnType(LongText);
            e.Property(x => x.Response).HasMaxLength(CaseSupervision.MaxResponseLength);
            e.Property(x => x.LeaderInstruction).HasMaxLength(CaseSupervision.MaxInstructionLength);
            e.Property(x => x.ReviewComment).HasMaxLength(CaseSupervision.MaxCommentLength);
            e.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.SupervisionId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(x => x.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);
            // Two Supervisors numbering at once cannot both get the same 督〔year〕第N号.
            e.HasIndex(x => new { x.NoticeYear, x.NoticeSerial }).IsUnique();
            e.HasIndex(x => new { x.Status, x.ResponseDueUtc });
            // 督办次数 per unit and level for a period, from the index alone.
            e.HasIndex(x => new { x.IssuedAtUtc, x.UnitId, x.Level });
            e.HasIndex(x => new { x.UnitId, x.Status });
            e.HasIndex(x => x.CaseId);
            e.HasIndex(x => x.IssuedAtUtc);
            // The workbench's area and category filters.
            e.HasIndex(x => x.AreaId);
            e.HasIndex(x => x.CategoryId);
        });
        builder.Entity<CoordinationRecord>(e =>
        {
            e.ToTable("supervision_coordinations");
            e.Property(x => x.Subject).HasMaxLength(CoordinationRecord.MaxSubjectLength);
            e.Property(x => x.CaseNumber).HasMaxLength(40);
            e.Property(x => x.Participants).HasMaxLength(CoordinationRecord.MaxParticipantsLength);
            e.Property(x => x.Decisions).HasMaxLength(CoordinationRecord.MaxDecisionsLength).HasColumnType(LongText);
            e.HasIndex(x => x.HeldAtUtc);
            e.HasIndex(x => x.LeadUnitId);
        });
        builder.Entity<RepeatRequest>(e =>
        {
            e.ToTable("supervision_repeat_requests");
            e.HasKey(x => x.CaseId);
            e.Property(x => x.CaseId).ValueGeneratedNever();
            e.Property(x => x.CaseNumber).HasMaxLength(40);
        });
        builder.Entity<SupervisionStep>(e =>
        {
            e.ToTable("supervision_steps");
            // Set by the entity, so a step found through the supervision's list is inserted, not updated.
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Action).HasMaxLength(60);
            e.Property(x => x.Text).HasMaxLength(CaseSupervision.MaxRequirementLength).HasColumnType(LongText);
            e.HasIndex(x => new { x.SupervisionId, x.AtUtc });
        });
        builder.Entity<SupervisionDay>(e =>
        {
            e.ToTable("supervision_unit_days");
            e.HasKey(x => new { x.Day, x.UnitId });
        });
        builder.Entity<StaleSupervisionDay>(e =>
        {
            e.ToTable("supervision_stale_days");
            e.HasKey(x => x.Day);
        });
    }
}
