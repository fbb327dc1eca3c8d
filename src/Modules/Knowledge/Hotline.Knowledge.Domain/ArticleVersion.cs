namespace Hotline.Knowledge.Domain;

/// <summary>One published version of an article, kept for ever: who wrote, submitted and approved it, and when.</summary>
internal sealed class ArticleVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ArticleId { get; private set; }
    public int Number { get; private set; }
    public Guid UnitId { get; private set; }

    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public Guid CategoryId { get; private set; }
    public Guid? AreaId { get; private set; }
    public string? Keywords { get; private set; }
    public bool IsPublic { get; private set; }
    public DateOnly? EffectiveFrom { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }
    public string? PolicyTitle { get; private set; }
    public string? PolicyNumber { get; private set; }
    public DateOnly? PolicyDate { get; private set; }
    public string? PolicyLink { get; private set; }

    public string EditedBy { get; private set; } = "";
    public DateTime EditedAtUtc { get; private set; }
    public string? SubmittedBy { get; private set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public string ApprovedBy { get; private set; } = "";
    public DateTime PublishedAtUtc { get; private set; }

    public ArticleContent Content => new()
    {
        Title = Title, Body = Body, CategoryId = CategoryId, AreaId = AreaId, Keywords = Keywords, IsPublic = IsPublic,
        EffectiveFrom = EffectiveFrom, ExpiresOn = ExpiresOn, PolicyTitle = PolicyTitle, PolicyNumber = PolicyNumber,
        PolicyDate = PolicyDate, PolicyLink = PolicyLink,
    };

    internal static ArticleVersion Of(Article article, int number, DateTime publishedAtUtc, string approvedBy)
    {
        var c = article.Content;
        return new ArticleVersion
        {
            ArticleId = article.Id, Number = number, UnitId = article.UnitId,
            Title = c.Title, Body = c.Body, CategoryId = c.CategoryId, AreaId = c.AreaId, Keywords = c.Keywords, IsPublic = c.IsPublic,
            EffectiveFrom = c.EffectiveFrom, ExpiresOn = c.ExpiresOn, PolicyTitle = c.PolicyTitle, PolicyNumber = c.PolicyNumber,
            PolicyDate = c.PolicyDate, PolicyLink = c.PolicyLink,
            EditedBy = article.UpdatedBy, EditedAtUtc = article.UpdatedAtUtc,
            SubmittedBy = article.SubmittedBy, SubmittedAtUtc = article.SubmittedAtUtc,
            ApprovedBy = approvedBy, PublishedAtUtc = publishedAtUtc,
        };
    }

    /// <summary>In use on <paramref name="today"/> (China date): effective, not expired.</summary>
    public bool IsValidOn(DateOnly today) =>
        (EffectiveFrom is null || EffectiveFrom <= today) && (ExpiresOn is null || ExpiresOn >= today);
}
