namespace Hotline.Knowledge.Shared;

internal static class KnowledgeLoad
{
    public const string NotFound = "知识不存在或已删除。";

    public static async Task<Article> ArticleAsync(this KnowledgeDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Articles.FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new BusinessRuleException(NotFound);

    /// <summary>
    /// The version check before a step: a stale page gets the detailed <see cref="ArticleConflict"/>; the short race
    /// between this check and the save is caught by the concurrency token (SaveOrConflictAsync).
    /// </summary>
    public static void ExpectVersion(this KnowledgeDbContext db, Article article, Guid seenVersion, ArticleContent seenContent)
    {
        if (article.Version != seenVersion)
            throw ArticleConflict.Of(article, seenContent);
        db.Entry(article).Property(a => a.Version).OriginalValue = seenVersion;
    }

    /// <summary>
    /// The working copy changed where no column of the article did (its files, at the same clock tick by the same
    /// user): the row is written anyway, so its version moves on and a concurrent step on the old version loses.
    /// </summary>
    public static void MarkWorkingCopyChanged(this KnowledgeDbContext db, Article article) =>
        db.Entry(article).Property(a => a.UpdatedAtUtc).IsModified = true;
}
