namespace Hotline.Knowledge.Authoring;

/// <summary>本单位知识: the caller's unit's articles in every state; never another unit's.</summary>
internal sealed class UnitArticleList(IDbContextFactory<KnowledgeDbContext> contexts, AccessGate gate)
{
    public async Task<ArticlePage> ListAsync(ArticleFilter filter, CancellationToken cancellationToken = default)
    {
        var (_, unitId) = await gate.RequireUnitAsync(KnowledgeAccess.Authors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Articles.AsNoTracking().Where(a => a.UnitId == unitId).PageAsync(filter with { UnitId = null }, cancellationToken);
    }
}
