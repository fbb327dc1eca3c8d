using Hotline.Knowledge.Search;
using Hotline.Platform.Time;

namespace Hotline.Knowledge.Usage;

/// <summary>Knowledge's answer to intake: suggestions while the agent types, the article's answer text, and the use count.</summary>
internal sealed class KnowledgeAnswers(KnowledgeSearch search, IDbContextFactory<KnowledgeDbContext> contexts, UsageCounter usage, ArticleVotes votes,
    AccessGate gate, TimeProvider clock) : IKnowledgeAnswers
{
    /// <summary>The intake decision keeps 2,000 characters; the citation must survive the cut.</summary>
    public const int AnswerMax = 2000;

    public async Task<IReadOnlyList<KnowledgeSuggestion>> SuggestAsync(string? content, Guid? categoryId, int take = 5, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(content))
            return [];
        // Content decides relevance; the chosen category only moves its own articles up, because agents often pick it late or wrong.
        var hits = await search.SearchAsync(content, new SearchFilters(), 20, cancellationToken);
        var shown = hits.Select((h, i) => (Hit: h, Rank: i))
            .OrderByDescending(x => categoryId is { } c && x.Hit.CategoryId == c).ThenBy(x => x.Rank)
            .Take(Math.Clamp(take, 1, 20))
            .Select(x => x.Hit)
            .ToList();
        var mine = await MyVotesAsync(shown, cancellationToken);
        return shown.Select(h => new KnowledgeSuggestion(h.ArticleId, h.Title, h.SnippetHtml, $"/knowledge/articles/{h.ArticleId}",
                categoryId is { } c && h.CategoryId == c) { MyVote = mine.TryGetValue((h.ArticleId, h.VersionNumber), out var v) ? v : null })
            .ToList();
    }

    public async Task<KnowledgeVote> VoteAsync(Guid articleId, bool helpful, CancellationToken cancellationToken = default)
    {
        var state = await votes.VoteAsync(articleId, helpful, cancellationToken);
        return new KnowledgeVote(articleId, state.VersionNumber!.Value, helpful, state.Helpful, state.NotHelpful);
    }

    /// <summary>The signed-in center user's votes on the suggested versions: one indexed read for the few shown.</summary>
    private async Task<Dictionary<(Guid, int), bool>> MyVotesAsync(IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken)
    {
        if (hits.Count == 0 || !await gate.IsInAnyRoleAsync(ArticleVotes.Voters) || (await gate.ActorAsync()).UserId is not { Length: > 0 } userId)
            return [];
        var ids = hits.Select(h => h.ArticleId).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Votes.AsNoTracking().Where(v => v.VoterUserId == userId && ids.Contains(v.ArticleId))
            .Select(v => new { v.ArticleId, v.VersionNumber, v.Helpful }).ToListAsync(cancellationToken);
        return rows.ToDictionary(v => (v.ArticleId, v.VersionNumber), v => v.Helpful);
    }

    public async Task<KnowledgeAnswer?> AnswerAsync(Guid articleId, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(KnowledgeAccess.Readers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = await (from a in db.Articles.AsNoTracking()
                          join v in db.Versions.AsNoTracking() on new { a.Id, N = a.PublishedVersionNumber } equals new { Id = v.ArticleId, N = (int?)v.Number }
                          where a.Id == articleId
                          select v).FirstOrDefaultAsync(cancellationToken);
        if (live is null || !live.IsValidOn(ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime)))
            return null;
        var citation = $"（答复依据：知识库《{live.Title}》第 {live.Number} 版）";
        var text = ArticleMarkdown.ToPlainText(live.Body);
        var room = AnswerMax - citation.Length - 1;
        if (text.Length > room)
            text = text[..(room - 1)] + "…";
        return new KnowledgeAnswer(live.ArticleId, live.Number, live.Title, text + "\n" + citation, citation);
    }

    public async Task RecordAnswerUseAsync(Guid articleId, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(KnowledgeAccess.Readers);
        await usage.CountAnswerAsync(articleId, cancellationToken);
    }
}
