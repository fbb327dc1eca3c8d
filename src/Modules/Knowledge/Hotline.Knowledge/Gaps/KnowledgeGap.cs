using Hotline.Platform;
using Hotline.Platform.Persistence;

namespace Hotline.Knowledge.Gaps;

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
    public GapStatus Status { get; set; }
    public DateTime? FixedAtUtc { get; set; }
    public string? FixedBy { get; set; }
    public string? FixNote { get; set; }
    public DateTime? OverdueRaisedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsOverdueAt(DateTime nowUtc) => Status == GapStatus.Open && nowUtc > DueUtc;

    public void Fix(string? note, DateTime nowUtc, string by)
    {
        if (Status != GapStatus.Open)
            throw new BusinessRuleException("该知识缺失已处理。");
        var text = (note ?? "").Trim();
        if (text.Length == 0)
            throw new BusinessRuleException("请填写处理说明（已更新的知识或不予修改的理由）。");
        if (text.Length > NoteMax)
            throw new BusinessRuleException($"处理说明不能超过 {NoteMax} 个字符。");
        Status = GapStatus.Fixed;
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
