using Hotline.Knowledge.Usage;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Knowledge.Persistence;

internal static class KnowledgeModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Article>(e =>
        {
            e.ToTable("knowledge_articles");
            e.Ignore(x => x.Content);
            e.Ignore(x => x.IsEditable);
            MapText(e);
            e.Property(x => x.ReviewNote).HasMaxLength(Article.NoteMax);
            e.HasIndex(x => new { x.UnitId, x.Status });
            e.HasIndex(x => new { x.Status, x.SubmittedAtUtc });
            e.HasIndex(x => x.CategoryId);
        });
        builder.Entity<ArticleVersion>(e =>
        {
            e.ToTable("knowledge_article_versions");
            e.Ignore(x => x.Content);
            MapText(e);
            e.Property(x => x.ApprovedBy).HasMaxLength(210);
            e.HasIndex(x => new { x.ArticleId, x.Number }).IsUnique();
        });
        builder.Entity<ArticleAttachment>(e =>
        {
            // Each row holds a file for a range of versions (FirstVersion..LastVersion, open while the working copy has it).
            e.ToTable("knowledge_article_attachments");
            e.Ignore(x => x.IsInWorkingCopy);
            e.Ignore(x => x.File);
            e.Property(x => x.FileName).HasMaxLength(ArticleAttachment.FileNameMax);
            e.Property(x => x.ContentType).HasMaxLength(ArticleAttachment.ContentTypeMax);
            e.HasIndex(x => new { x.ArticleId, x.FirstVersion });
        });
        builder.Entity<ArticleUsage>(e =>
        {
            e.ToTable("knowledge_article_usage");
            e.HasKey(x => x.ArticleId);
        });
        builder.Entity<ArticleUsageDay>(e =>
        {
            e.ToTable("knowledge_article_usage_days");
            e.HasKey(x => new { x.ArticleId, x.Day });
            e.HasIndex(x => x.Day);
        });
        builder.Entity<ArticleVote>(e =>
        {
            e.ToTable("knowledge_article_votes");
            // One vote per user and version: the index, not a read before the write, keeps two clicks from counting twice.
            e.HasIndex(x => new { x.ArticleId, x.VersionNumber, x.VoterUserId }).IsUnique();
        });
        builder.Entity<KnowledgeGap>(e =>
        {
            e.ToTable("knowledge_gaps");
            e.Property(x => x.Description).HasMaxLength(KnowledgeGap.DescriptionMax);
            e.Property(x => x.FixNote).HasMaxLength(KnowledgeGap.NoteMax);
            e.Property(x => x.CaseNumber).HasMaxLength(40);
            e.Property(x => x.ReviewNote).HasMaxLength(KnowledgeGap.NoteMax);
            e.HasIndex(x => new { x.UnitId, x.Status, x.DueUtc });
            e.HasIndex(x => new { x.Status, x.OverdueRaisedAtUtc, x.DueUtc });
            e.HasIndex(x => x.FixArticleId);
        });
    }

    // The working copy and each published version keep the same text fields.
    private static void MapText<T>(EntityTypeBuilder<T> e) where T : class
    {
        e.Property<string>(nameof(Article.Title)).HasMaxLength(ArticleContent.TitleMax);
        e.Property<string>(nameof(Article.Body)).HasMaxLength(ArticleContent.BodyMax);
        e.Property<string>(nameof(Article.Keywords)).HasMaxLength(ArticleContent.KeywordsMax);
        e.Property<string>(nameof(Article.PolicyTitle)).HasMaxLength(ArticleContent.PolicyTitleMax);
        e.Property<string>(nameof(Article.PolicyNumber)).HasMaxLength(ArticleContent.PolicyNumberMax);
        e.Property<string>(nameof(Article.PolicyLink)).HasMaxLength(ArticleContent.PolicyLinkMax);
    }
}
