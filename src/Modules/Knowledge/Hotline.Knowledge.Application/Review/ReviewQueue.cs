namespace Hotline.Knowledge.Review;

/// <summary>审核队列: submitted and in-review articles of every unit, oldest submission first by default.</summary>
internal sealed class ReviewQueue(IDbContextFactory<KnowledgeDbContext> contexts, AccessGate gate)
{
    public async Task<ArticlePage> ListAsync(ArticleFilter filter, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(KnowledgeAccess.Editors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Submitted || a.Status == ArticleStatus.InReview);
        return await waiting.PageAsync(filter.SortBy is null ? filter with { SortBy = "SubmittedAt", Descending = false } : filter, cancellationToken);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(KnowledgeAccess.Editors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Articles.CountAsync(a => a.Status == ArticleStatus.Submitted || a.Status == ArticleStatus.InReview, cancellationToken);
    }
}
