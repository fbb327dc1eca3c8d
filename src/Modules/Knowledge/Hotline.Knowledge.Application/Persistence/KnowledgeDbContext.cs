using Hotline.Knowledge.Usage;

namespace Hotline.Knowledge.Persistence;

/// <summary>Knowledge's runtime context: only Knowledge's tables (prefix <c>knowledge_</c>) plus the platform messaging tables.</summary>
internal sealed class KnowledgeDbContext(DbContextOptions<KnowledgeDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleVersion> Versions => Set<ArticleVersion>();
    public DbSet<ArticleAttachment> Attachments => Set<ArticleAttachment>();
    public DbSet<ArticleUsage> Usage => Set<ArticleUsage>();
    public DbSet<ArticleUsageDay> UsageDays => Set<ArticleUsageDay>();
    public DbSet<ArticleVote> Votes => Set<ArticleVote>();
    public DbSet<KnowledgeGap> Gaps => Set<KnowledgeGap>();

    protected override void ConfigureModule(ModelBuilder builder) => KnowledgeModel.Configure(builder);
}
