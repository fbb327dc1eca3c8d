namespace Hotline.Knowledge.Usage;

/// <summary>
/// How often an article was read and used to answer a call (知识使用统计). Kept apart from <c>Article</c> so counting
/// never touches the article's concurrency token: an editor saving while agents read it never sees a false conflict.
/// </summary>
internal sealed class ArticleUsage
{
    public Guid ArticleId { get; set; }
    public int Views { get; set; }
    public int AnswerUses { get; set; }
    public DateTime? LastUsedAtUtc { get; set; }
}
