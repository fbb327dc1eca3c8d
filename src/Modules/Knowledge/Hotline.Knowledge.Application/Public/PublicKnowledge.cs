using Hotline.Knowledge.Attachments;
using Hotline.Knowledge.Search;
using Hotline.Platform.Attachments;
using Hotline.Knowledge.Usage;
using Hotline.Platform.Security;
using Hotline.Platform.Time;

namespace Hotline.Knowledge.Public;

internal sealed record PublicCategoryCount(Guid CategoryId, int Articles);

internal sealed record PublicArticleRow(Guid ArticleId, string Title, DateTime PublishedAtUtc);

/// <summary>What the self-service page shows: <see cref="Hits"/> for a search, <see cref="Articles"/> for a category browsed.</summary>
internal sealed record PublicKnowledgeView(IReadOnlyList<PublicCategoryCount> Categories, IReadOnlyList<SearchHit>? Hits,
    IReadOnlyList<PublicArticleRow>? Articles);

/// <summary>A public article's live version with the files it was published with.</summary>
internal sealed record PublicArticle(ArticleContent Content, IReadOnlyList<AttachmentRow> Files);

/// <summary>Counters for the public knowledge pages, apart from the other public pages'.</summary>
internal sealed class KnowledgeRateLimiter(TimeProvider clock, ISharedRateLimits? shared = null)
    : SlidingWindowRateLimiter(clock, TimeSpan.FromMinutes(15), shared);

/// <summary>
/// The public self-service site (no sign-in): public, published, currently valid articles only; drafts, internal and
/// expired ones never appear. Rate-limited per client address like the other public pages.
/// </summary>
internal sealed class PublicKnowledge(KnowledgeSearch search, IDbContextFactory<KnowledgeDbContext> contexts, KnowledgeRateLimiter limiter, UsageCounter usage,
    AttachmentStore store, TimeProvider clock)
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

    /// <returns>The live version when it is public and valid today, with its files; null otherwise (the page says "not found" either way).</returns>
    public async Task<PublicArticle?> ArticleAsync(Guid articleId, string? ipAddress, CancellationToken cancellationToken = default)
    {
        await LimitAsync(ipAddress);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await LiveAsync(db, articleId, cancellationToken) is not { } live)
            return null;
        var files = AttachmentRow.ListOf(await FilesOfAsync(db, live, cancellationToken));
        await usage.CountViewAsync(articleId, cancellationToken);
        return new PublicArticle(live.Content, files);
    }

    /// <summary>
    /// A file of a public article's live version (valid today), for the public download endpoint; counted against the
    /// same limit as the pages. Not audited: the public reads anonymously, as its page views are not audited either.
    /// </summary>
    /// <returns>null for any file that is not one of those (an internal article's, a draft's, an older version's).</returns>
    public async Task<AttachmentContent?> OpenFileAsync(Guid articleId, Guid attachmentId, string? ipAddress, CancellationToken cancellationToken = default)
    {
        await LimitAsync(ipAddress);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await LiveAsync(db, articleId, cancellationToken) is not { } live)
            return null;
        var file = (await FilesOfAsync(db, live, cancellationToken)).FirstOrDefault(a => a.Id == attachmentId);
        return file is null ? null : new AttachmentContent(file.FileName, file.ContentType, store.Open(file.Sha256));
    }

    /// <returns>The article's live version when it is public and valid today.</returns>
    private async Task<ArticleVersion?> LiveAsync(KnowledgeDbContext db, Guid articleId, CancellationToken cancellationToken)
    {
        var live = await (from a in db.Articles.AsNoTracking()
                          join v in db.Versions.AsNoTracking() on new { a.Id, N = a.PublishedVersionNumber } equals new { Id = v.ArticleId, N = (int?)v.Number }
                          where a.Id == articleId
                          select v).FirstOrDefaultAsync(cancellationToken);
        return live is { IsPublic: true } && live.IsValidOn(ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime)) ? live : null;
    }

    private static async Task<List<ArticleAttachment>> FilesOfAsync(KnowledgeDbContext db, ArticleVersion version, CancellationToken cancellationToken) =>
        (await db.Attachments.AsNoTracking().Where(a => a.ArticleId == version.ArticleId && a.FirstVersion <= version.Number).ToListAsync(cancellationToken))
            .Where(a => a.IsInVersion(version.Number)).ToList();

    private async Task LimitAsync(string? ipAddress)
    {
        if (!await limiter.TryHitAsync($"knowledge:{ClientAddress.Key(ipAddress)}", 60))
            throw new BusinessRuleException(TooMany);
    }
}
