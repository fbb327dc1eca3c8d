using Hotline.Handling.Domain;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Handling.Persistence;

/// <summary>Handling's runtime context: only Handling's tables (prefix <c>handling_</c>) plus the platform messaging tables.</summary>
internal sealed class HandlingDbContext(DbContextOptions<HandlingDbContext> options) : ModuleDbContext(options)
{
    public DbSet<HandlingAssignment> Assignments => Set<HandlingAssignment>();
    public DbSet<CallerContact> Contacts => Set<CallerContact>();
    public DbSet<ProgressNote> Notes => Set<ProgressNote>();
    public DbSet<HandlingAttachment> Attachments => Set<HandlingAttachment>();
    public DbSet<ExtensionRequest> Extensions => Set<ExtensionRequest>();
    public DbSet<CoOpinion> CoOpinions => Set<CoOpinion>();
    public DbSet<Reply> Replies => Set<Reply>();
    public DbSet<UnitHandlingSettings> UnitSettings => Set<UnitHandlingSettings>();
    public DbSet<HandlingTimelineEntry> Timeline => Set<HandlingTimelineEntry>();

    protected override void ConfigureModule(ModelBuilder builder) => HandlingModel.Configure(builder);
}
