using Hotline.Knowledge.Search;
using Hotline.Knowledge.Usage;
using Hotline.Platform.Security;
using Hotline.Platform.Time;

namespace Hotline.Knowledge.Public;

/// <summary>Counters for the public knowledge pages, apart from the other public pages'.</summary>
internal sealed class KnowledgeRateLimiter(TimeProvider clock, ISharedRateLimits? shared = null)
    : SlidingWindowRateLimiter(clock, TimeSpan.FromMinutes(15), shared);

/// <summary>
/// The public self-service site (no sign-in): public, published, currently valid articles only; drafts, internal and
/// expired ones never appear. Rate-limited per client address like the other public pages.
/// </summary>
internal sealed class PublicKnowledge(KnowledgeSearch search, IDbContextFactory<KnowledgeDbContext> contexts, KnowledgeRateLimiter limiter, UsageCounter usage, TimeProvider clock)
{
    public const string TooMany = "查询过于频繁，请稍后再试。";

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string? text, Guid? categoryId, string? ipAddress, CancellationToken cancellationToken = default)
    {
        await LimitAsync(ipAddress);
        return await search.SearchPublicAsync(text, new SearchFilters(CategoryId: categoryId), 20, cancellationToken);
    }

    /// <returns>The live version when it is public and valid today; null otherwise (the page says "not found" either way).</returns>
    public async Task<ArticleContent?> ArticleAsync(Guid articleId, string? ipAddress, CancellationToken cancellationToken = default)
    {
        await LimitAsync(ipAddress);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = await (from a in db.Articles.AsNoTracking()
                          join v in db.Versions.AsNoTracking() on new { a.Id, N = a.PublishedVersionNumber } equals new { Id = v.ArticleId, N = (int?)v.Number }
                          where a.Id == articleId
                          select v).FirstOrDefaultAsync(cancellationToken);
        if (live is not { IsPublic: true } || !live.IsValidOn(ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime)))
            return null;
        await usage.CountViewAsync(articleId, cancellationToken);
        return live.Content;
    }

    private async Task LimitAsync(string? ipAddress)
    {
        if (!await limiter.TryHitAsync($"knowledge:{ClientAddress.Key(ipAddress)}", 60))
            throw new BusinessRuleException(TooMany);
    }
}
