using Hotline.Platform.Time;

namespace Hotline.Knowledge.Search;

/// <summary>Searches live articles: every signed-in user sees internal ones too, the public site only public ones.</summary>
internal sealed class KnowledgeSearch(KnowledgeIndex index, IndexBuilder builder, KnowledgeSynonyms synonyms, AccessGate gate, TimeProvider clock)
{
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
        return index.Search(input, extra, filters, ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime), take);
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
