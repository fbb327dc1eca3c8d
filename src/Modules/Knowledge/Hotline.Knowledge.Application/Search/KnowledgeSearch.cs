using Hotline.Platform.Time;

namespace Hotline.Knowledge.Search;

/// <summary>One page of the articles a browse without words lists, and how many there are in all.</summary>
internal sealed record BrowsePage(IReadOnlyList<SearchHit> Rows, int Total);

/// <summary>Searches live articles: every signed-in user sees internal ones too, the public site only public ones.</summary>
internal sealed class KnowledgeSearch(KnowledgeIndex index, IndexBuilder builder, KnowledgeSynonyms synonyms, AccessGate gate,
    ICategoryCatalog categories, IDbContextFactory<KnowledgeDbContext> contexts, TimeProvider clock)
{
    public const int BrowsePageSize = 20;

    /// <summary>
    /// More categories than this under one parent are not a filter any more: the query would outgrow Lucene's clause
    /// limit (1,024). Far beyond any county's tree; the browse from the database has no such limit.
    /// </summary>
    private const int MaxCategoryTree = 1000;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string? text, SearchFilters filters, int take = 20, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(KnowledgeAccess.Readers);
        return await RunAsync(text, filters, take, cancellationToken);
    }

    /// <summary>The public self-service search: public articles only, whatever the filters say; no sign-in.</summary>
    public Task<IReadOnlyList<SearchHit>> SearchPublicAsync(string? text, SearchFilters filters, int take = 20, CancellationToken cancellationToken = default) =>
        RunAsync(text, filters with { PublicOnly = true }, take, cancellationToken);

    private async Task<IReadOnlyList<SearchHit>> RunAsync(string? text, SearchFilters filters, int take, CancellationToken cancellationToken)
    {
        await builder.EnsureFreshAsync(cancellationToken);
        var input = text ?? "";
        var extra = KnowledgeSynonyms.Expand(input.Length > KnowledgeIndex.MaxQueryChars ? input[..KnowledgeIndex.MaxQueryChars] : input,
            await synonyms.GroupsAsync(cancellationToken));
        var tree = await CategoryTreeAsync(filters.CategoryId, cancellationToken);
        return index.Search(input, extra, filters with { CategoryTree = tree is { Count: <= MaxCategoryTree } ? tree : null },
            ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime), take);
    }

    /// <summary>
    /// Browsing with filters only (no words): the live articles valid today that match them, most recently published
    /// first, a page at a time. Read from the database, which holds exactly what the index holds; the same rules as a
    /// search (a category with its sub-categories, an area also finds the county-wide articles, internal ones for
    /// signed-in users).
    /// </summary>
    /// <param name="page">0 for the first page.</param>
    public async Task<BrowsePage> BrowseAsync(SearchFilters filters, int page, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(KnowledgeAccess.Readers);
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var tree = await CategoryTreeAsync(filters.CategoryId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = from a in db.Articles.AsNoTracking()
                   join v in db.Versions.AsNoTracking() on new { a.Id, N = a.PublishedVersionNumber } equals new { Id = v.ArticleId, N = (int?)v.Number }
                   where (v.EffectiveFrom == null || v.EffectiveFrom <= today) && (v.ExpiresOn == null || v.ExpiresOn >= today)
                   select v;
        if (tree is not null)
            live = live.Where(v => tree.Contains(v.CategoryId));
        if (filters.UnitId is { } unit)
            live = live.Where(v => v.UnitId == unit);
        if (filters.AreaId is { } area)
            live = live.Where(v => v.AreaId == null || v.AreaId == area);
        if (filters.PublicOnly)
            live = live.Where(v => v.IsPublic);
        var total = await live.CountAsync(cancellationToken);
        var rows = await live.OrderByDescending(v => v.PublishedAtUtc).ThenBy(v => v.Title).ThenBy(v => v.ArticleId)
            .Skip(Math.Max(page, 0) * BrowsePageSize).Take(BrowsePageSize)
            .Select(v => new { v.ArticleId, v.Number, v.Title, v.Body, v.CategoryId, v.UnitId, v.IsPublic })
            .ToListAsync(cancellationToken);
        return new BrowsePage(rows.Select(v => new SearchHit(v.ArticleId, v.Number, v.Title, Opening(v.Body), 0f, v.CategoryId, v.UnitId, v.IsPublic)).ToList(),
            total);
    }

    /// <summary>The category with its sub-tree, active or not (an article may be filed under a category since retired).</summary>
    private async Task<IReadOnlyCollection<Guid>?> CategoryTreeAsync(Guid? categoryId, CancellationToken cancellationToken) =>
        categoryId is { } id ? await categories.DescendantIdsAsync(id, includeSelf: true, cancellationToken) : null;

    /// <summary>The body's start as the snippet, encoded like the highlighter's.</summary>
    private static string Opening(string body)
    {
        var text = ArticleMarkdown.ToPlainText(body);
        return System.Net.WebUtility.HtmlEncode(text.Length > 120 ? text[..120] + "…" : text);
    }
}

/// <summary>Builds the index from the database when it is missing or does not hold exactly the live versions (e.g. after a restore).</summary>
internal sealed class IndexBuilder(KnowledgeIndex index, IDbContextFactory<KnowledgeDbContext> contexts)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private bool _checked;

    public async Task EnsureFreshAsync(CancellationToken cancellationToken = default)
    {
        if (_checked)
            return;
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (index.VersionsChecked ? await CountDiffersAsync(db, cancellationToken) : await VersionsDifferAsync(db, cancellationToken))
                index.ReplaceAll(await LiveAsync(db, null, cancellationToken));
            index.VersionsChecked = true;
            _checked = true;
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<bool> CountDiffersAsync(KnowledgeDbContext db, CancellationToken cancellationToken) =>
        await db.Articles.CountAsync(a => a.PublishedVersionNumber != null, cancellationToken) != index.Count;

    // Article and version, not a count: a restored backup can hold as many articles in other versions.
    private async Task<bool> VersionsDifferAsync(KnowledgeDbContext db, CancellationToken cancellationToken)
    {
        var live = await db.Articles.AsNoTracking().Where(a => a.PublishedVersionNumber != null)
            .Select(a => new { a.Id, Number = a.PublishedVersionNumber!.Value }).ToListAsync(cancellationToken);
        var indexed = index.IndexedVersions();
        return live.Count != indexed.Count || live.Any(a => indexed.GetValueOrDefault(a.Id) != a.Number);
    }

    /// <summary>Puts one article's live version in the index, or takes it out when it has none.</summary>
    public async Task SyncAsync(Guid articleId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await LiveAsync(db, articleId, cancellationToken);
        if (found.Count == 0)
            index.Remove(articleId);
        else
            index.Upsert(found[0]);
    }

    private static async Task<List<IndexedArticle>> LiveAsync(KnowledgeDbContext db, Guid? articleId, CancellationToken cancellationToken)
    {
        var query = from a in db.Articles.AsNoTracking()
                    join v in db.Versions.AsNoTracking() on new { a.Id, N = a.PublishedVersionNumber } equals new { Id = v.ArticleId, N = (int?)v.Number }
                    select v;
        if (articleId is { } id)
            query = query.Where(v => v.ArticleId == id);
        var versions = await query.ToListAsync(cancellationToken);
        return versions.Select(ToIndexed).ToList();
    }

    private static IndexedArticle ToIndexed(ArticleVersion v) =>
        new(v.ArticleId, v.Number, v.Title, v.Content.KeywordList is { Count: > 0 } k ? string.Join(" ", k) : "", ArticleMarkdown.ToPlainText(v.Body),
            v.CategoryId, v.UnitId, v.AreaId, v.IsPublic, v.EffectiveFrom, v.ExpiresOn);
}
