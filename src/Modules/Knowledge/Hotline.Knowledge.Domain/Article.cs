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

    /// <summary>Files one working copy (and so one version) may hold.</summary>
    public const int AttachmentMax = 10;

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

    /// <summary>
    /// 以历史版本恢复: the old version's text and files become the working draft; nothing is published until reviewed again.
    /// </summary>
    /// <param name="files">Every attachment row of the article (see <see cref="ArticleAttachment"/>).</param>
    /// <returns>The rows to add (the version's files the working copy lacks) and to delete (draft-only files it did not have).</returns>
    public AttachmentChanges RestoreAsDraft(Guid actingUnitId, ArticleVersion version, DateTime nowUtc, string by,
        IReadOnlyList<ArticleAttachment>? files = null)
    {
        if (version.ArticleId != Id)
            throw new ArgumentException("The version belongs to another article.", nameof(version));
        Edit(actingUnitId, version.Content, nowUtc, by);
        var mine = (files ?? []).Where(f => f.ArticleId == Id).ToList();
        var leaving = mine.Where(f => f.IsInWorkingCopy && !f.IsInVersion(version.Number)).ToList();
        var returning = mine.Where(f => !f.IsInWorkingCopy && f.IsInVersion(version.Number)).ToList();
        var deleted = leaving.Where(f => f.LeaveWorkingCopy(LastVersionNumber)).ToList();
        var added = returning.Select(f => ArticleAttachment.Of(this, f.File, nowUtc, by)).ToList();
        return new AttachmentChanges(added, deleted);
    }

    /// <summary>
    /// 添加附件 to the working copy: an edit like any other (own unit only, not while an editor has it; a published
    /// article gets a draft of its next version). All the files or none.
    /// </summary>
    /// <param name="current">The article's attachment rows, to count the working copy's files.</param>
    public IReadOnlyList<ArticleAttachment> Attach(Guid actingUnitId, IReadOnlyList<ArticleAttachment> current, IReadOnlyList<ArticleFile> files,
        DateTime nowUtc, string by)
    {
        RequireOwner(actingUnitId);
        MayEdit.Require(IsEditable);
        if (files.Count == 0)
            throw new BusinessRuleException("请选择要添加的附件。");
        var held = current.Count(f => f.ArticleId == Id && f.IsInWorkingCopy);
        if (held + files.Count > AttachmentMax)
            throw new BusinessRuleException($"每条知识最多 {AttachmentMax} 个附件（已有 {held} 个），本次的 {files.Count} 个文件均未添加。");
        TouchWorkingCopy(nowUtc, by);
        return files.Select(f => ArticleAttachment.Of(this, f, nowUtc, by)).ToList();
    }

    /// <summary>删除附件 from the working copy; the published versions that hold it keep it.</summary>
    /// <returns>True when no published version holds the file, so its row is deleted.</returns>
    public bool Detach(Guid actingUnitId, ArticleAttachment file, DateTime nowUtc, string by)
    {
        if (file.ArticleId != Id)
            throw new ArgumentException("The attachment belongs to another article.", nameof(file));
        RequireOwner(actingUnitId);
        MayEdit.Require(IsEditable);
        if (!file.IsInWorkingCopy)
            throw new BusinessRuleException("该附件已不在当前草稿中，请刷新后查看。");
        TouchWorkingCopy(nowUtc, by);
        return file.LeaveWorkingCopy(LastVersionNumber);
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

    /// <summary>The working copy changed: it is the unit's draft (of the next version, when one is published).</summary>
    private void TouchWorkingCopy(DateTime nowUtc, string by)
    {
        UpdatedAtUtc = nowUtc;
        UpdatedBy = by;
        Status = ArticleStatus.Draft;
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
