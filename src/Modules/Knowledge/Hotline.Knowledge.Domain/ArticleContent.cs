namespace Hotline.Knowledge.Domain;

/// <summary>
/// What an author writes: everything a version keeps. Validated by <see cref="ArticleContent.Checked"/>; the body is
/// Markdown, rendered and sanitized only when shown (raw HTML in it is shown as text).
/// </summary>
internal sealed record ArticleContent
{
    public const int TitleMax = 200;
    public const int BodyMax = 100_000;
    public const int KeywordsMax = 400;
    public const int PolicyTitleMax = 200;
    public const int PolicyNumberMax = 100;
    public const int PolicyLinkMax = 400;

    public string Title { get; init; } = "";
    public string Body { get; init; } = "";
    public Guid CategoryId { get; init; }
    public Guid? AreaId { get; init; }
    /// <summary>Comma- or space-separated words a caller might use (e.g. 物业费 维修基金).</summary>
    public string? Keywords { get; init; }
    public bool IsPublic { get; init; }
    public DateOnly? EffectiveFrom { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    public string? PolicyTitle { get; init; }
    public string? PolicyNumber { get; init; }
    public DateOnly? PolicyDate { get; init; }
    public string? PolicyLink { get; init; }

    /// <summary>Field names and their Chinese labels, for "what changed" messages and the version diff.</summary>
    public static readonly IReadOnlyList<(string Label, Func<ArticleContent, string> Read)> Fields =
    [
        ("标题", c => c.Title),
        ("正文", c => c.Body),
        ("事项分类", c => c.CategoryId.ToString()),
        ("适用属地", c => c.AreaId?.ToString() ?? ""),
        ("关键词", c => c.Keywords ?? ""),
        ("公开范围", c => c.IsPublic ? "公开" : "内部"),
        ("生效日期", c => c.EffectiveFrom?.ToString("yyyy-MM-dd") ?? ""),
        ("失效日期", c => c.ExpiresOn?.ToString("yyyy-MM-dd") ?? ""),
        ("文件依据名称", c => c.PolicyTitle ?? ""),
        ("文件依据文号", c => c.PolicyNumber ?? ""),
        ("文件依据日期", c => c.PolicyDate?.ToString("yyyy-MM-dd") ?? ""),
        ("文件依据链接", c => c.PolicyLink ?? ""),
    ];

    /// <returns>The labels of the fields that differ between the two contents.</returns>
    public static IReadOnlyList<string> ChangedFields(ArticleContent a, ArticleContent b) =>
        Fields.Where(f => f.Read(a) != f.Read(b)).Select(f => f.Label).ToList();

    /// <summary>The keywords as a tidy list: split on commas, 、, semicolons and spaces, trimmed, without repeats.</summary>
    public IReadOnlyList<string> KeywordList =>
        (Keywords ?? "").Split([',', '，', '、', ';', '；', ' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().ToList();
}
