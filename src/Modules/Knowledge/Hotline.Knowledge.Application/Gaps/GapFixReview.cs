namespace Hotline.Knowledge.Gaps;

/// <summary>
/// The review of an article decides the gaps whose fix waits for its new version: publishing it fixes them, sending
/// it back opens them again and hands them back to Supervision's watch with their original due time.
/// </summary>
internal static class GapFixReview
{
    public static async Task VersionPublishedAsync(this KnowledgeDbContext db, Guid articleId, int number, CancellationToken cancellationToken)
    {
        foreach (var gap in await AwaitingAsync(db, articleId, cancellationToken))
            gap.VersionPublished(number);
    }

    public static async Task VersionSentBackAsync(this KnowledgeDbContext db, Guid articleId, string? comment, string by, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var gap in await AwaitingAsync(db, articleId, cancellationToken))
        {
            gap.VersionSentBack(comment, now, by);
            db.Publish(new KnowledgeGapReported(gap.Id, gap.UnitId, gap.ArticleId, gap.CategoryId, gap.DueUtc, now), clock);
        }
    }

    private static Task<List<KnowledgeGap>> AwaitingAsync(KnowledgeDbContext db, Guid articleId, CancellationToken cancellationToken) =>
        db.Gaps.Where(g => g.FixArticleId == articleId && g.Status == GapStatus.AwaitingPublication).ToListAsync(cancellationToken);
}
