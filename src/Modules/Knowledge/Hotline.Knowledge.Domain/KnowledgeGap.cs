using Hotline.Platform.Rules;

namespace Hotline.Knowledge.Domain;

internal enum GapKind
{
    /// <summary>知识缺失: no article answers a question callers ask.</summary>
    Missing = 0,
    /// <summary>知识不准确.</summary>
    Inaccurate = 1,
    /// <summary>知识失效: the policy behind it changed or ended.</summary>
    Expired = 2,
}

internal enum GapStatus
{
    Open = 0,
    Fixed = 1,
    /// <summary>不予修改: the unit gave its reason; a KnowledgeEditor accepts it (closed) or sends it back (open again).</summary>
    Declined = 2,
    /// <summary>新版本待发布: the unit submitted the corrected article; publishing it fixes the gap, sending it back reopens it.</summary>
    AwaitingPublication = 3,
}

/// <summary>A gap the center reported against an article or a category of a unit; the unit fixes it within 5 working days.</summary>
internal sealed class KnowledgeGap : IVersioned
{
    public static readonly DomainRule FixIsAVersion = new("Knowledge.Gap.FixByVersion",
        "002 第二十一条（成员单位更新知识，经审核发布后生效）",
        "请先修改知识并提交审核：新版本提交审核或发布后，才能标记为已更新。", "article");
    public static readonly DomainRule FixWithOwnArticle = new("Knowledge.Gap.OwnArticle", "002 第二十一条（成员单位负责本单位知识的更新和维护）",
        "只能以本单位的知识修正本单位的知识缺失。", "article");

    public const int DescriptionMax = 1000;
    public const int NoteMax = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? ArticleId { get; set; }
    public Guid CategoryId { get; set; }
    public Guid UnitId { get; set; }
    public GapKind Kind { get; set; }
    public string Description { get; set; } = "";
    public string? CaseNumber { get; set; }
    public string ReportedBy { get; set; } = "";
    public DateTime ReportedAtUtc { get; set; }

    /// <summary>The article's newest version when the gap was reported: a fix must publish a later one.</summary>
    public int? ReportedVersionNumber { get; set; }
    public DateTime DueUtc { get; set; }
    public GapStatus Status { get; private set; }
    public DateTime? FixedAtUtc { get; set; }
    public string? FixedBy { get; set; }
    public string? FixNote { get; set; }

    /// <summary>The article whose new version answers the gap (the gap's own article, or for a missing one the unit's article that now covers it).</summary>
    public Guid? FixArticleId { get; private set; }
    public DateTime? OverdueRaisedAtUtc { get; set; }
    public string? ReviewNote { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsOverdueAt(DateTime nowUtc) => Status == GapStatus.Open && nowUtc > DueUtc;

    /// <summary>
    /// 已更新知识: the unit points at the version that answers the gap. A version already published since the report fixes
    /// it; one submitted for review since then fixes it once published, counted at the unit's answer, as a reasoned
    /// refusal counts at the unit's answer once accepted.
    /// </summary>
    public void Fix(FixingArticle article, string? note, DateTime nowUtc, string by)
    {
        FixWithOwnArticle.Require(article.UnitId == UnitId);
        // The gap's own article must have a version after the one the center read; times alone tie on a frozen clock.
        var newerThanReported = article.ArticleId != ArticleId || ReportedVersionNumber is null || article.LastPublishedNumber > ReportedVersionNumber;
        var published = article.PublishedSinceUtc is { } p && p >= ReportedAtUtc && newerThanReported;
        var submitted = article.SubmittedSinceUtc is { } s && s >= ReportedAtUtc;
        FixIsAVersion.Require(published || submitted);
        var text = string.IsNullOrWhiteSpace(note) ? article.DefaultNote(published) : note;
        Answer(published ? GapStatus.Fixed : GapStatus.AwaitingPublication, text, "", nowUtc, by);
        FixArticleId = article.ArticleId;
    }

    /// <summary>The submitted version was published: the gap is fixed as of the unit's answer.</summary>
    public void VersionPublished(int number)
    {
        if (Status != GapStatus.AwaitingPublication)
            return;
        Status = GapStatus.Fixed;
        FixNote = Clip($"{FixNote}（第 {number} 版已发布）");
        Version = Guid.NewGuid();
    }

    /// <summary>The editor sent the submitted version back: the gap is open again, to its original due time.</summary>
    public void VersionSentBack(string? comment, DateTime nowUtc, string by)
    {
        if (Status != GapStatus.AwaitingPublication)
            return;
        (Status, FixedAtUtc, FixedBy, FixArticleId) = (GapStatus.Open, null, null, null);
        (ReviewNote, ReviewedBy, ReviewedAtUtc) = (Clip($"新版本被退回修改：{comment}"), by, nowUtc);
        Version = Guid.NewGuid();
    }

    private static string Clip(string text) => text.Length <= NoteMax ? text : text[..NoteMax];

    /// <summary>不予修改: the unit answers in time with its reason; the answer counts for its timeliness once an editor accepts it.</summary>
    public void Decline(string? reason, DateTime nowUtc, string by) => Answer(GapStatus.Declined, reason, "请填写不予修改的理由。", nowUtc, by);

    /// <summary>The editor accepts the unit's reason (the gap closes as answered at the unit's time) or sends it back with a comment.</summary>
    public void ReviewDecline(bool accept, string? comment, DateTime nowUtc, string by)
    {
        if (Status != GapStatus.Declined)
            throw new BusinessRuleException("该知识缺失不在待确认状态。");
        var text = comment?.Trim();
        if (!accept && string.IsNullOrEmpty(text))
            throw new BusinessRuleException("请填写退回的理由。", "comment");
        if (text is { Length: > NoteMax })
            throw new BusinessRuleException($"意见不能超过 {NoteMax} 个字符。", "comment");
        (ReviewNote, ReviewedBy, ReviewedAtUtc) = (string.IsNullOrEmpty(text) ? null : text, by, nowUtc);
        if (accept)
            Status = GapStatus.Fixed;
        else
            (Status, FixedAtUtc, FixedBy) = (GapStatus.Open, null, null);
        Version = Guid.NewGuid();
    }

    private void Answer(GapStatus status, string? note, string missing, DateTime nowUtc, string by)
    {
        if (Status != GapStatus.Open)
            throw new BusinessRuleException("该知识缺失已处理。");
        var text = (note ?? "").Trim();
        if (text.Length == 0)
            throw new BusinessRuleException(missing, "note");
        if (text.Length > NoteMax)
            throw new BusinessRuleException($"处理说明不能超过 {NoteMax} 个字符。", "note");
        Status = status;
        FixNote = text;
        FixedAtUtc = nowUtc;
        FixedBy = by;
        Version = Guid.NewGuid();
    }
}

internal static class GapKinds
{
    public static string DisplayName(this GapKind kind) => kind switch
    {
        GapKind.Missing => "知识缺失",
        GapKind.Inaccurate => "知识不准确",
        _ => "知识失效",
    };
}
