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
}

/// <summary>A gap the center reported against an article or a category of a unit; the unit fixes it within 5 working days.</summary>
internal sealed class KnowledgeGap : IVersioned
{
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
    public DateTime DueUtc { get; set; }
    public GapStatus Status { get; private set; }
    public DateTime? FixedAtUtc { get; set; }
    public string? FixedBy { get; set; }
    public string? FixNote { get; set; }
    public DateTime? OverdueRaisedAtUtc { get; set; }
    public string? ReviewNote { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsOverdueAt(DateTime nowUtc) => Status == GapStatus.Open && nowUtc > DueUtc;

    public void Fix(string? note, DateTime nowUtc, string by) => Answer(GapStatus.Fixed, note, "请填写处理说明（已更新的知识）。", nowUtc, by);

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
