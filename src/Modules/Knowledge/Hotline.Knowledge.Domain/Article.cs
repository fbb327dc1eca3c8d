using Hotline.Platform.Rules;

namespace Hotline.Knowledge.Domain;

/// <summary>
/// 知识条目: the owning unit's working copy and its review state. Each approval publishes a numbered
/// <see cref="ArticleVersion"/>; the live version (<see cref="PublishedVersionNumber"/>) stays in use while the
/// unit prepares the next one, so callers are answered from reviewed text only (GB/T 44191-2024; 002 第二十一条).
/// </summary>
internal sealed class Article : IVersioned
{
    public static readonly DomainRule OwnUnitOnly = new("Knowledge.Article.OwnUnit", "002 第二十一条（成员单位负责本单位知识的提供、更新和维护）",
        "只能编辑或提交本单位的知识。");
    public static readonly DomainRule MayEdit = new("Knowledge.Article.Edit", "GB/T 44191-2024（审核中的知识不得修改）",
        "该知识已提交审核，审核结束（通过或退回）前不能修改。");
    public static readonly DomainRule MaySubmit = new("Knowledge.Article.Submit", "GB/T 44191-2024", "只有草稿可以提交审核。");
    public static readonly DomainRule MayReview = new("Knowledge.Article.Review", "GB/T 44191-2024", "该知识不在待审核状态。");
    public static readonly DomainRule SecondReviewerDiffers = new("Knowledge.Article.SecondReviewer",
        "知识库设置（分类需二次审核）", "该分类须由另一名审核员进行第二次审核。");
    public static readonly DomainRule SendBackNeedsComment = new("Knowledge.Article.SendBackComment", "GB/T 44191-2024",
        "退回修改须填写审核意见。");
    public static readonly DomainRule MayRetire = new("Knowledge.Article.Retire", "GB/T 44191-2024", "该知识当前没有已发布的版本。");

    public const int NoteMax = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
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

    public ArticleStatus Status { get; private set; }

    /// <summary>The version in use (search, answers, public site); null before the first approval and after withdrawal or expiry.</summary>
    public int? PublishedVersionNumber { get; private set; }
    public int LastVersionNumber { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime UpdatedAtUtc { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTime? SubmittedAtUtc { get; private set; }
    public string? SubmittedBy { get; private set; }
    /// <summary>The first approval when the category needs two reviewers; cleared when the review ends.</summary>
    public string? FirstApprovedBy { get; private set; }
    public DateTime? ReviewedAtUtc { get; private set; }
    public string? ReviewedBy { get; private set; }
    /// <summary>The editor's comments when sending back, or the reason of a withdrawal.</summary>
    public string? ReviewNote { get; private set; }

    public Guid Version { get; set; }

    public ArticleContent Content => new()
    {
        Title = Title, Body = Body, CategoryId = CategoryId, AreaId = AreaId, Keywords = Keywords, IsPublic = IsPublic,
        EffectiveFrom = EffectiveFrom, ExpiresOn = ExpiresOn, PolicyTitle = PolicyTitle, PolicyNumber = PolicyNumber,
        PolicyDate = PolicyDate, PolicyLink = PolicyLink,
    };

    /// <summary>True while the working copy may be edited by its unit: not while an editor has it.</summary>
    public bool IsEditable => Status is not (ArticleStatus.Submitted or ArticleStatus.InReview);

    /// <summary>起草: a new draft of <paramref name="unitId"/>'s knowledge.</summary>
    public static Article Draft(Guid unitId, ArticleContent content, DateTime nowUtc, string by)
    {
        var article = new Article { UnitId = unitId, Status = ArticleStatus.Draft, CreatedAtUtc = nowUtc, CreatedBy = by };
        article.Write(ArticleRules.Checked(content), nowUtc, by);
        return article;
    }

    /// <summary>The unit acting must own the article, whatever its role.</summary>
    public void RequireOwner(Guid actingUnitId) => OwnUnitOnly.Require(actingUnitId == UnitId);

    /// <summary>修改: a draft, or the next version of a published, expired or withdrawn article (the live version stays in use).</summary>
    public void Edit(Guid actingUnitId, ArticleContent content, DateTime nowUtc, string by)
    {
        RequireOwner(actingUnitId);
        MayEdit.Require(IsEditable);
        var checkedContent = ArticleRules.Checked(content);
        Write(checkedContent, nowUtc, by);
        Status = ArticleStatus.Draft;
    }

    /// <summary>以历史版本恢复: the old version's text becomes the working draft; nothing is published until reviewed again.</summary>
    public void RestoreAsDraft(Guid actingUnitId, ArticleVersion version, DateTime nowUtc, string by)
    {
        if (version.ArticleId != Id)
            throw new ArgumentException("The version belongs to another article.", nameof(version));
        Edit(actingUnitId, version.Content, nowUtc, by);
    }

    /// <summary>提交审核 by the unit's manager.</summary>
    public void Submit(Guid actingUnitId, DateTime nowUtc, string by)
    {
        RequireOwner(actingUnitId);
        MaySubmit.Require(Status == ArticleStatus.Draft);
        Status = ArticleStatus.Submitted;
        SubmittedAtUtc = nowUtc;
        SubmittedBy = by;
        FirstApprovedBy = null;
    }

    /// <summary>开始审核: the editor takes the submitted article, so colleagues see it is being reviewed.</summary>
    public void StartReview(DateTime nowUtc, string by)
    {
        MayReview.Require(Status == ArticleStatus.Submitted);
        Status = ArticleStatus.InReview;
        ReviewedAtUtc = nowUtc;
        ReviewedBy = by;
    }

    /// <summary>
    /// 审核通过. With <paramref name="needsSecondReview"/> the first approval is only recorded and a different editor
    /// must approve again; otherwise the working copy is published as the next version.
    /// </summary>
    /// <returns>The published version, or null when a second approval is still needed.</returns>
    public ArticleVersion? Approve(bool needsSecondReview, DateTime nowUtc, string by)
    {
        MayReview.Require(Status is ArticleStatus.Submitted or ArticleStatus.InReview);
        if (needsSecondReview && FirstApprovedBy is null)
        {
            FirstApprovedBy = by;
            Status = ArticleStatus.InReview;
            ReviewedAtUtc = nowUtc;
            ReviewedBy = by;
            return null;
        }
        if (needsSecondReview)
            SecondReviewerDiffers.Require(!string.Equals(FirstApprovedBy, by, StringComparison.Ordinal));

        var approvers = FirstApprovedBy is null ? by : $"{FirstApprovedBy}、{by}";
        LastVersionNumber++;
        var version = ArticleVersion.Of(this, LastVersionNumber, nowUtc, approvers);
        PublishedVersionNumber = LastVersionNumber;
        Status = ArticleStatus.Published;
        ReviewedAtUtc = nowUtc;
        ReviewedBy = by;
        ReviewNote = null;
        FirstApprovedBy = null;
        return version;
    }

    /// <summary>退回修改 with the editor's comments; the article becomes the unit's draft again.</summary>
    public void SendBack(string? comment, DateTime nowUtc, string by)
    {
        MayReview.Require(Status is ArticleStatus.Submitted or ArticleStatus.InReview);
        var text = comment?.Trim();
        SendBackNeedsComment.Require(!string.IsNullOrEmpty(text));
        var note = RequiredText.Of(text, "审核意见", NoteMax);
        Status = ArticleStatus.Draft;
        ReviewNote = note;
        ReviewedAtUtc = nowUtc;
        ReviewedBy = by;
        FirstApprovedBy = null;
    }

    /// <summary>撤回 by its unit or an editor: the live version leaves use; history stays.</summary>
    public void Withdraw(string? reason, DateTime nowUtc, string by)
    {
        MayRetire.Require(PublishedVersionNumber is not null && IsEditable);
        var why = RequiredText.Of(reason, "撤回原因", NoteMax);
        PublishedVersionNumber = null;
        Status = ArticleStatus.Withdrawn;
        ReviewNote = why;
        UpdatedAtUtc = nowUtc;
        UpdatedBy = by;
    }

    /// <summary>失效: the live version's expiry date has passed (or an editor declares it invalid).</summary>
    public void Expire(DateTime nowUtc, string by)
    {
        MayRetire.Require(PublishedVersionNumber is not null && IsEditable);
        PublishedVersionNumber = null;
        Status = ArticleStatus.Expired;
        UpdatedAtUtc = nowUtc;
        UpdatedBy = by;
    }

    private void Write(ArticleContent c, DateTime nowUtc, string by)
    {
        Title = c.Title;
        Body = c.Body;
        CategoryId = c.CategoryId;
        AreaId = c.AreaId;
        Keywords = c.Keywords;
        IsPublic = c.IsPublic;
        EffectiveFrom = c.EffectiveFrom;
        ExpiresOn = c.ExpiresOn;
        PolicyTitle = c.PolicyTitle;
        PolicyNumber = c.PolicyNumber;
        PolicyDate = c.PolicyDate;
        PolicyLink = c.PolicyLink;
        UpdatedAtUtc = nowUtc;
        UpdatedBy = by;
    }
}
