namespace Hotline.Knowledge.Domain;

/// <summary>Where an article's working copy stands (GB/T 44191: 起草 → 提交 → 审核 → 发布 → 失效/撤回).</summary>
internal enum ArticleStatus
{
    /// <summary>草稿: the owning unit edits it; also where a sent-back article returns.</summary>
    Draft,
    /// <summary>已提交: the unit's manager submitted it; waits for a KnowledgeEditor.</summary>
    Submitted,
    /// <summary>审核中: a KnowledgeEditor took it (and, with a second reviewer, the first approval may be given).</summary>
    InReview,
    Published,
    /// <summary>已失效: past its expiry date, or declared no longer valid.</summary>
    Expired,
    /// <summary>已撤回: taken out of use by its unit or an editor.</summary>
    Withdrawn,
}

internal static class ArticleStatusNames
{
    public static string DisplayName(this ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "草稿",
        ArticleStatus.Submitted => "已提交",
        ArticleStatus.InReview => "审核中",
        ArticleStatus.Published => "已发布",
        ArticleStatus.Expired => "已失效",
        ArticleStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };
}
