namespace Hotline.Knowledge.Contracts;

/// <summary>A live article that may answer the request being registered; the snippet is sanitized HTML with highlights.</summary>
public sealed record KnowledgeSuggestion(Guid ArticleId, string Title, string SnippetHtml, string Href, bool SameCategory)
{
    /// <summary>The signed-in user's 有用 (true) or 没用 (false) on the suggested version; null when not voted yet.</summary>
    public bool? MyVote { get; init; }
}

/// <summary>A vote recorded on an article's live version, with that version's tallies after it.</summary>
public sealed record KnowledgeVote(Guid ArticleId, int VersionNumber, bool Helpful, int HelpfulCount, int NotHelpfulCount);

/// <summary>What an agent reads out when answering from an article: its plain text and the citation that goes with it.</summary>
public sealed record KnowledgeAnswer(Guid ArticleId, int VersionNumber, string Title, string Text, string Citation);

/// <summary>
/// Knowledge as seen from intake (坐席直接答复): suggestions for the request being typed, the text to answer with, and the
/// count of answers given from each article, and the agents' 有用/没用 on it. Callers must be signed in; the public site never goes through here.
/// </summary>
public interface IKnowledgeAnswers
{
    /// <summary>At most <paramref name="take"/> live articles for the content, those of the chosen category first.</summary>
    Task<IReadOnlyList<KnowledgeSuggestion>> SuggestAsync(string? content, Guid? categoryId, int take = 5, CancellationToken cancellationToken = default);

    /// <summary>The live version's answer text, or null when the article is not live (withdrawn, expired) any more.</summary>
    Task<KnowledgeAnswer?> AnswerAsync(Guid articleId, CancellationToken cancellationToken = default);

    /// <summary>Counts one case answered from the article (知识使用次数).</summary>
    Task RecordAnswerUseAsync(Guid articleId, CancellationToken cancellationToken = default);

    /// <summary>
    /// 有用/没用 from the signed-in center user on the article's live version: one vote per user and version, a second
    /// vote changes the first and never adds to the count.
    /// </summary>
    Task<KnowledgeVote> VoteAsync(Guid articleId, bool helpful, CancellationToken cancellationToken = default);
}
