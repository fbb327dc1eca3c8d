using Hotline.Knowledge.Search;
using Hotline.Knowledge.Usage;
using Hotline.Platform.Security;
using Hotline.Platform.Time;

namespace Hotline.Knowledge.Public;

internal sealed record PublicCategoryCount(Guid CategoryId, int Articles);

internal sealed record PublicArticleRow(Guid ArticleId, string Title, DateTime PublishedAtUtc);

/// <summary>What the self-service page shows: <see cref="Hits"/> for a search, <see cref="Articles"/> for a category browsed.</summary>
internal sealed record PublicKnowledgeView(IReadOnlyList<PublicCategoryCount> Categories, IReadOnlyList<SearchHit>? Hits,
    IReadOnlyList<PublicArticleRow>? Articles);

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

    /// <summary>
    /// One visit of the self-service page (counted once against the limit): the categories holding public articles valid
    /// today with their counts, and either the hits of a search (within the chosen category) or the chosen category's articles.
    /// </summary>
    public async Task<PublicKnowledgeView> PageAsync(string? text, Guid? categoryId, string? ipAddress, CancellationToken cancellationToken = default)
    {
        await LimitAsync(ipAddress);
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var categories = await InUse(db, today).GroupBy(v => v.CategoryId)
            .Select(g => new PublicCategoryCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(text))
            return new(categories, await search.SearchPublicAsync(text, new SearchFilters(CategoryId: categoryId), 20, cancellationToken), null);
        if (categoryId is not { } category)
            return new(categories, null, null);
        var articles = await InUse(db, today).Where(v => v.CategoryId == category).OrderBy(v => v.Title).Take(BrowseLimit)
            .Select(v => new PublicArticleRow(v.ArticleId, v.Title, v.PublishedAtUtc)).ToListAsync(cancellationToken);
        return new(categories, null, articles);
    }

    public const int BrowseLimit = 200;

    /// <summary>The live versions the public may read today: published, public, effective and not expired.</summary>
    private static IQueryable<ArticleVersion> InUse(KnowledgeDbContext db, DateOnly today) =>
        from a in db.Articles.AsNoTracking()
        join v in db.Versions.AsNoTracking() on new { a.Id, N = a.PublishedVersionNumber } equals new { Id = v.ArticleId, N = (int?)v.Number }
        where v.IsPublic && (v.EffectiveFrom == null || v.EffectiveFrom <= today) && (v.ExpiresOn == null || v.ExpiresOn >= today)
        select v;

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
