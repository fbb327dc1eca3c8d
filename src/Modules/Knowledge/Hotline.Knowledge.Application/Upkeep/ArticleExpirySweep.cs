using Hotline.Platform.Auditing;
using Hotline.Platform.Time;

namespace Hotline.Knowledge.Upkeep;

/// <summary>
/// 到期失效: a published article whose expiry date (China time) has passed becomes 已失效 for its unit and the editors,
/// as search already stopped serving it on that day. An article the unit is revising keeps its state; its expired
/// live version is simply no longer served.
/// </summary>
internal sealed class ArticleExpirySweep(IDbContextFactory<KnowledgeDbContext> contexts, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateOf(now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var expired = await db.Articles.Where(a => a.Status == ArticleStatus.Published && a.ExpiresOn != null && a.ExpiresOn < today)
            .OrderBy(a => a.ExpiresOn).Take(200).ToListAsync(cancellationToken);
        foreach (var article in expired)
        {
            article.Expire(now, Actor.System.UserName);
            db.Publish(new ArticleRetired(article.Id, article.UnitId, Expired: true), clock);
            db.Audit(Actor.System, clock, "知识到期失效", "Article", article.Id.ToString(), $"{article.Title}（失效日期 {article.ExpiresOn:yyyy-MM-dd}）");
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The unit or an editor moved one of them meanwhile; the next round looks again.
            return 0;
        }
        return expired.Count;
    }
}
