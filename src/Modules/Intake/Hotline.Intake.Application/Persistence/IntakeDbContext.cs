using Hotline.Intake.CaseSearch.Export;
using Hotline.Platform.Exports;
using Hotline.Platform.Persistence;

namespace Hotline.Intake.Persistence;

/// <summary>Intake's runtime context: only Intake's tables (prefix <c>intake_</c>) plus the platform messaging tables.</summary>
internal sealed class IntakeDbContext(DbContextOptions<IntakeDbContext> options) : ModuleDbContext(options), IExportJobContext<CaseExportJob>
{
    public DbSet<IntakeCase> Cases => Set<IntakeCase>();
    public DbSet<CaseRequest> Requests => Set<CaseRequest>();
    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();
    public DbSet<CaseAttachment> Attachments => Set<CaseAttachment>();
    public DbSet<CaseNumberSequence> NumberSequences => Set<CaseNumberSequence>();
    public DbSet<NonAcceptanceReason> NonAcceptanceReasons => Set<NonAcceptanceReason>();
    public DbSet<InterceptedSubmission> InterceptedSubmissions => Set<InterceptedSubmission>();
    public DbSet<PhoneCall> PhoneCalls => Set<PhoneCall>();
    public DbSet<CaseExportJob> ExportJobs => Set<CaseExportJob>();

    protected override void ConfigureModule(ModelBuilder builder) => IntakeModel.Configure(builder);
}
