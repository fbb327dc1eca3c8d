namespace Hotline.Knowledge.Authoring;

/// <summary>The editor form's fields; null dates and blanks are allowed where the content allows them.</summary>
internal sealed class ArticleInput
{
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public Guid? CategoryId { get; set; }
    public Guid? AreaId { get; set; }
    public string? Keywords { get; set; }
    public bool IsPublic { get; set; }
    public DateTime? EffectiveFrom { get; set; }
    public DateTime? ExpiresOn { get; set; }
    public string? PolicyTitle { get; set; }
    public string? PolicyNumber { get; set; }
    public DateTime? PolicyDate { get; set; }
    public string? PolicyLink { get; set; }

    public ArticleContent ToContent() => new()
    {
        Title = Title, Body = Body, CategoryId = CategoryId ?? Guid.Empty, AreaId = AreaId, Keywords = Keywords, IsPublic = IsPublic,
        EffectiveFrom = DateOf(EffectiveFrom), ExpiresOn = DateOf(ExpiresOn), PolicyTitle = PolicyTitle, PolicyNumber = PolicyNumber,
        PolicyDate = DateOf(PolicyDate), PolicyLink = PolicyLink,
    };

    public static ArticleInput From(ArticleContent c) => new()
    {
        Title = c.Title, Body = c.Body, CategoryId = c.CategoryId == Guid.Empty ? null : c.CategoryId, AreaId = c.AreaId,
        Keywords = c.Keywords, IsPublic = c.IsPublic, EffectiveFrom = DateTimeOf(c.EffectiveFrom), ExpiresOn = DateTimeOf(c.ExpiresOn),
        PolicyTitle = c.PolicyTitle, PolicyNumber = c.PolicyNumber, PolicyDate = DateTimeOf(c.PolicyDate), PolicyLink = c.PolicyLink,
    };

    private static DateOnly? DateOf(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;
    private static DateTime? DateTimeOf(DateOnly? value) => value?.ToDateTime(TimeOnly.MinValue);
}
