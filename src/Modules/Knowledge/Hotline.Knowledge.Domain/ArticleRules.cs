using Hotline.Platform.Rules;

namespace Hotline.Knowledge.Domain;

/// <summary>The checks on an article's content, one Chinese message per problem.</summary>
internal static class ArticleRules
{
    public static readonly DomainRule BodyLimit = new("Knowledge.Article.BodyLimit", "GB/T 44191-2024（知识条目应简明）",
        $"正文不能超过 {ArticleContent.BodyMax:N0} 个字符。");

    public static readonly DomainRule ValidPeriod = new("Knowledge.Article.Period", "GB/T 44191-2024（知识应标明有效期）",
        "失效日期不能早于生效日期。");

    /// <returns>The content trimmed, optional blanks as null, the keywords tidied.</returns>
    /// <exception cref="BusinessRuleException">A required field is missing or a limit is broken.</exception>
    public static ArticleContent Checked(ArticleContent content)
    {
        var title = RequiredText.Of(content.Title, "标题", ArticleContent.TitleMax);
        var body = content.Body?.Trim() ?? "";
        if (body.Length == 0)
            throw new BusinessRuleException("请填写正文。");
        if (body.Length > ArticleContent.BodyMax)
            throw BodyLimit.Violated($"正文过长（{body.Length:N0} 个字符），不能超过 {ArticleContent.BodyMax:N0} 个字符，请精简或拆分为多条知识。");
        if (content.CategoryId == Guid.Empty)
            throw new BusinessRuleException("请选择事项分类。");
        ValidPeriod.Require(content.EffectiveFrom is null || content.ExpiresOn is null || content.ExpiresOn >= content.EffectiveFrom);
        var link = RequiredText.Optional(content.PolicyLink, "文件依据链接", ArticleContent.PolicyLinkMax);
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            throw new BusinessRuleException("文件依据链接须为 http:// 或 https:// 开头的网址。");
        var keywords = string.Join("，", content.KeywordList);
        return content with
        {
            Title = title,
            Body = body,
            Keywords = RequiredText.Optional(keywords, "关键词", ArticleContent.KeywordsMax),
            PolicyTitle = RequiredText.Optional(content.PolicyTitle, "文件依据名称", ArticleContent.PolicyTitleMax),
            PolicyNumber = RequiredText.Optional(content.PolicyNumber, "文件依据文号", ArticleContent.PolicyNumberMax),
            PolicyLink = link,
        };
    }
}
