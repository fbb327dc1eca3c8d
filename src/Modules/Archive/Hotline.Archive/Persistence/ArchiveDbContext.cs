namespace Hotline.Archive.Persistence;

/// <summary>Archive's runtime context: only Archive's tables (prefix <c>archive_</c>) plus the platform messaging tables.</summary>
internal sealed class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options) : ModuleDbContext(options), IExportJobContext<ArchiveExportJob>
{
    public DbSet<ArchiveRecord> Records => Set<ArchiveRecord>();
    public DbSet<BorrowRequest> Borrowings => Set<BorrowRequest>();
    public DbSet<ArchiveDisposal> Disposals => Set<ArchiveDisposal>();
    public DbSet<ArchiveExportJob> ExportJobs => Set<ArchiveExportJob>();
    public DbSet<PendingClosing> PendingClosings => Set<PendingClosing>();

    protected override void ConfigureModule(ModelBuilder builder) => ArchiveModel.Configure(builder);
}
