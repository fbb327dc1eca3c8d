using Hotline.Knowledge.Search;
using Hotline.Platform.Time;

namespace Hotline.Knowledge.Usage;

/// <summary>Knowledge's answer to intake: suggestions while the agent types, the article's answer text, and the use count.</summary>
internal sealed class KnowledgeAnswers(KnowledgeSearch search, IDbContextFactory<KnowledgeDbContext> contexts, UsageCounter usage, AccessGate gate, TimeProvider clock)
    : IKnowledgeAnswers
{
    /// <summary>The intake decision keeps 2,000 characters; the citation must survive the cut.</summary>
    public const int AnswerMax = 2000;

    public async Task<IReadOnlyList<KnowledgeSuggestion>> SuggestAsync(string? content, Guid? categoryId, int take = 5, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(content))
            return [];
        // Content decides relevance; the chosen category only moves its own articles up, because agents often pick it late or wrong.
        var hits = await search.SearchAsync(content, new SearchFilters(), 20, cancellationToken);
        return hits.Select((h, i) => (Hit: h, Rank: i))
            .OrderByDescending(x => categoryId is { } c && x.Hit.CategoryId == c).ThenBy(x => x.Rank)
            .Take(Math.Clamp(take, 1, 20))
            .Select(x => new KnowledgeSuggestion(x.Hit.ArticleId, x.Hit.Title, x.Hit.SnippetHtml, $"/knowledge/articles/{x.Hit.ArticleId}",
                categoryId is { } c && x.Hit.CategoryId == c))
            .ToList();
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
