namespace Hotline.Knowledge.Domain;

/// <summary>
/// What a gap's fix is checked against: the article the unit names, its newest published version and its pending
/// submission, if any.
/// </summary>
internal sealed record FixingArticle(Guid ArticleId, Guid UnitId, string Title, int? LastPublishedNumber, DateTime? PublishedSinceUtc, DateTime? SubmittedSinceUtc)
{
    public static FixingArticle Of(Article article, ArticleVersion? lastPublished) => new(article.Id, article.UnitId, article.Title,
        lastPublished?.Number, lastPublished?.PublishedAtUtc,
        article.Status is ArticleStatus.Submitted or ArticleStatus.InReview ? article.SubmittedAtUtc : null);

    public string DefaultNote(bool published) => published
        ? $"已发布《{Title}》第 {LastPublishedNumber} 版"
        : $"《{Title}》的新版本已提交审核";
}
