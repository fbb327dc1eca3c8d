using Hotline.Platform.Rules;

namespace Hotline.Archive.Domain;

internal enum DisposalState
{
    Proposed = 1,
    Approved = 2,
    Refused = 3,
}

internal static class DisposalStateNames
{
    public static string DisplayName(this DisposalState state) => state switch
    {
        DisposalState.Proposed => "待审批",
        DisposalState.Approved => "已批准销毁",
        DisposalState.Refused => "不予销毁",
        _ => state.ToString(),
    };
}

/// <summary>
/// One line of the disposal register (销毁登记簿): the clerk proposes to destroy a record past its retention period after
/// appraisal, the center administrator approves or refuses. The line keeps what was destroyed (number, case, seal), when,
/// by whom and why; it is never removed.
/// </summary>
internal sealed class ArchiveDisposal : IVersioned
{
    public const int ReasonMax = 500;

    public static readonly DomainRule NotDestroyedTwice = new("Archive.Disposal.NotDestroyed", "003 归档（归档内容应真实、完整）", "该档案已经销毁。");
    public static readonly DomainRule PermanentKept = new("Archive.Disposal.NotPermanent", "归档设置：保管期限（永久）", "永久保管的档案不能销毁。");
    public static readonly DomainRule RetentionElapsed = new("Archive.Disposal.RetentionElapsed", "归档设置：保管期限（10 年、30 年）",
        "保管期限未满的档案不能销毁。");
    public static readonly DomainRule DecidedOnce = new("Archive.Disposal.DecidedOnce", "到期鉴定与销毁（中心管理员审批）", "该销毁申请已处理。");

    private ArchiveDisposal() { }

    public Guid Id { get; private set; }
    public Guid RecordId { get; private set; }
    public string ArchiveNumber { get; private set; } = "";
    public string CaseNumber { get; private set; } = "";
    public RetentionPeriod Retention { get; private set; }
    public DateTime ClosedAtUtc { get; private set; }
    public string RecordHash { get; private set; } = "";
    public string SnapshotSha256 { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public string ProposedBy { get; private set; } = "";
    public DateTime ProposedAtUtc { get; private set; }
    public DisposalState State { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public string? DecisionNote { get; private set; }

    /// <summary>Two administrators deciding the same proposal: the second save fails instead of deciding twice.</summary>
    public Guid Version { get; set; }

    /// <summary>鉴定后提议销毁: only a record past its retention period, not yet destroyed.</summary>
    public static ArchiveDisposal Propose(ArchiveRecord record, string reason, string by, DateTime nowUtc)
    {
        if (record.Destroyed)
            throw NotDestroyedTwice.Violated($"档案 {record.ArchiveNumber} 已经销毁。");
        if (record.RetainedUntilUtc is not { } until)
            throw PermanentKept.Violated($"档案 {record.ArchiveNumber} 为永久保管，不能销毁。");
        if (until > nowUtc)
            throw RetentionElapsed.Violated($"档案 {record.ArchiveNumber} 的保管期限未满，不能销毁。");
        return new ArchiveDisposal
        {
            Id = Guid.CreateVersion7(),
            RecordId = record.Id,
            ArchiveNumber = record.ArchiveNumber,
            CaseNumber = record.CaseNumber,
            Retention = record.Retention,
            ClosedAtUtc = record.ClosedAtUtc,
            RecordHash = record.RecordHash,
            SnapshotSha256 = record.SnapshotSha256,
            Reason = RequiredReason(reason, "请填写鉴定意见（销毁理由）。"),
            ProposedBy = by,
            ProposedAtUtc = nowUtc,
            State = DisposalState.Proposed,
        };
    }

    public void Approve(string by, string? note, DateTime nowUtc) => Decide(DisposalState.Approved, by, note, nowUtc);

    public void Refuse(string by, string? note, DateTime nowUtc) =>
        Decide(DisposalState.Refused, by, RequiredReason(note, "不予销毁时请说明理由。"), nowUtc);

    private void Decide(DisposalState state, string by, string? note, DateTime nowUtc)
    {
        if (State != DisposalState.Proposed)
            throw DecidedOnce.Violated($"档案 {ArchiveNumber} 的销毁申请已处理（{State.DisplayName()}）。");
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > ReasonMax })
            throw new BusinessRuleException($"审批意见不能超过 {ReasonMax} 个字。");
        State = state;
        DecidedBy = by;
        DecidedAtUtc = nowUtc;
        DecisionNote = trimmed;
    }

    private static string RequiredReason(string? text, string missing)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
            throw new BusinessRuleException(missing);
        if (value.Length > ReasonMax)
            throw new BusinessRuleException($"理由不能超过 {ReasonMax} 个字。");
        return value;
    }
}
