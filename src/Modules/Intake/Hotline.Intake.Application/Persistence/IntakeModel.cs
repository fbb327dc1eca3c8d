using Hotline.Intake.CaseSearch.Export;
using Hotline.Platform.Exports;
using Hotline.Platform.Persistence;

namespace Hotline.Intake.Persistence;

internal static class IntakeModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<IntakeCase>(e =>
        {
            e.ToTable("intake_cases");
            e.Property(x => x.Number).HasMaxLength(30);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.Content).HasMaxLength(IntakeLimits.ContentMaxLength);
            e.Property(x => x.CallerName).HasMaxLength(50);
            e.Property(x => x.CallerPhone).HasMaxLength(30);
            e.Property(x => x.DecisionReasonCode).HasMaxLength(40);
            e.Property(x => x.DecisionText).HasMaxLength(IntakeLimits.ContentMaxLength);
            e.Property(x => x.DecisionBasis).HasMaxLength(1000);
            e.Property(x => x.DecisionGuidance).HasMaxLength(1000);
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.CallerPhone);
            // The API's list pages newest first by (registration time, number), per status or per lead unit (CaseListing):
            // MariaDB reads a page in that order only from an index holding both.
            e.HasIndex(x => new { x.Status, x.RegisteredAtUtc, x.Number });
            // Today's tiles count cases closed since midnight by status.
            e.HasIndex(x => new { x.Status, x.ClosedAtUtc });
            e.HasIndex(x => new { x.AreaId, x.CategoryId, x.RegisteredAtUtc });
            // The list's registration order, and covering the cases per category of a period (知识维护提醒's rise of requests).
            e.HasIndex(x => new { x.RegisteredAtUtc, x.Status, x.CategoryId });
            e.HasIndex(x => new { x.RegisteredAtUtc, x.Number });
            e.HasIndex(x => new { x.LeadUnitId, x.RegisteredAtUtc, x.Number });
            e.Property(x => x.CallId).HasMaxLength(PhoneCallLimits.CallIdMaxLength);
            e.HasIndex(x => x.CallId);
        });
        builder.Entity<CaseRequest>(e =>
        {
            e.ToTable("intake_requests");
            e.Property(x => x.Content).HasMaxLength(IntakeLimits.ContentMaxLength);
            e.Property(x => x.CallerName).HasMaxLength(50);
            e.Property(x => x.CallerPhone).HasMaxLength(30);
            e.HasIndex(x => x.CaseId);
            e.HasIndex(x => x.SubmissionKey).IsUnique();
        });
        builder.Entity<TimelineEntry>(e =>
        {
            e.ToTable("intake_timeline");
            e.Property(x => x.Action).HasMaxLength(100);
            e.Property(x => x.Detail).HasMaxLength(IntakeLimits.ContentMaxLength);
            e.Property(x => x.PublicText).HasMaxLength(500);
            e.Property(x => x.FactKey).HasMaxLength(80);
            e.HasIndex(x => new { x.CaseId, x.AtUtc });
            // Two copies of one fact delivered at once: the second fails and is retried, then finds the step.
            e.HasIndex(x => new { x.CaseId, x.FactKey }).IsUnique();
        });
        builder.Entity<CaseAttachment>(e =>
        {
            e.ToTable("intake_attachments");
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.HasIndex(x => x.CaseId);
        });
        builder.Entity<CaseNumberSequence>(e =>
        {
            e.ToTable("intake_number_sequences");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(30);
        });
        builder.Entity<NonAcceptanceReason>(e =>
        {
            e.ToTable("intake_non_acceptance_reasons");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Basis).HasMaxLength(1000);
            e.Property(x => x.DefaultGuidance).HasMaxLength(1000);
        });
        builder.Entity<InterceptedSubmission>(e =>
        {
            e.ToTable("intake_intercepted_submissions");
            e.Property(x => x.Phone).HasMaxLength(30);
            e.Property(x => x.Content).HasMaxLength(IntakeLimits.ContentMaxLength);
            e.Property(x => x.MatchedWord).HasMaxLength(50);
            e.HasIndex(x => x.AtUtc);
        });
        builder.Entity<PhoneCall>(e =>
        {
            e.ToTable("intake_phone_calls");
            e.Property(x => x.CallId).HasMaxLength(PhoneCallLimits.CallIdMaxLength);
            e.Property(x => x.CallerPhone).HasMaxLength(30);
            e.Property(x => x.AgentExtension).HasMaxLength(PhoneCallLimits.ExtensionMaxLength);
            e.HasIndex(x => x.CallId).IsUnique();
            e.HasIndex(x => x.StartedAtUtc);
        });
        // The case list's background exports: no purpose is asked, the column stays for the shared job shape.
        builder.MapExportJobs<CaseExportJob>("intake_export_jobs", purposeMax: 200);
    }
}
