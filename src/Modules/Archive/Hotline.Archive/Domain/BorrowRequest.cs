using Hotline.Platform.Rules;

namespace Hotline.Archive.Domain;

internal enum BorrowState
{
    Pending = 1,
    Approved = 2,
    Refused = 3,
}

internal static class BorrowStateNames
{
    public static string DisplayName(this BorrowState state) => state switch
    {
        BorrowState.Pending => "待审批",
        BorrowState.Approved => "已批准",
        BorrowState.Refused => "未批准",
        _ => state.ToString(),
    };
}

/// <summary>
/// 调阅: someone outside the archive asks to read one record, with a reason; the clerk approves it for a number of days
/// or refuses it. Access ends by itself when the period is over; nothing needs to run for that.
/// </summary>
internal sealed class BorrowRequest : IVersioned
{
    public const int ReasonMax = 500;
    public const int MaxDays = 30;

    public static readonly DomainRule DaysWithinLimit = new("Archive.Borrow.Days", "调阅（中心审批，限期查看）", $"调阅期限为 1 至 {MaxDays} 天。", "days");
    public static readonly DomainRule DecidedOnce = new("Archive.Borrow.DecidedOnce", "调阅（中心审批，限期查看）", "该调阅申请已审批，不能重复审批。");

    private BorrowRequest() { }

    public Guid Id { get; private set; }
    public Guid RecordId { get; private set; }
    public string ArchiveNumber { get; private set; } = "";
    public string RequestedBy { get; private set; } = "";
    public string? RequestedByUserId { get; private set; }
    public Guid? RequesterUnitId { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTime RequestedAtUtc { get; private set; }
    public BorrowState State { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public string? DecisionNote { get; private set; }
    public DateTime? ValidUntilUtc { get; private set; }

    /// <summary>Two clerks deciding the same request: the second save fails instead of overwriting the first decision.</summary>
    public Guid Version { get; set; }

    public static BorrowRequest Ask(ArchiveRecord record, string userName, string? userId, Guid? unitId, string reason, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        RecordId = record.Id,
        ArchiveNumber = record.ArchiveNumber,
        RequestedBy = userName,
        RequestedByUserId = userId,
        RequesterUnitId = unitId,
        Reason = reason,
        RequestedAtUtc = nowUtc,
        State = BorrowState.Pending,
    };

    public void Approve(int days, DateTime nowUtc, string by, string? note)
    {
        RequirePending();
        DaysWithinLimit.Require(days is >= 1 and <= MaxDays);
        (State, DecidedBy, DecidedAtUtc, DecisionNote, ValidUntilUtc) = (BorrowState.Approved, by, nowUtc, note, nowUtc.AddDays(days));
    }

    public void Refuse(DateTime nowUtc, string by, string note)
    {
        RequirePending();
        (State, DecidedBy, DecidedAtUtc, DecisionNote) = (BorrowState.Refused, by, nowUtc, note);
    }

    /// <summary>Approved and not yet expired on the application clock.</summary>
    public bool IsOpen(DateTime nowUtc) => State == BorrowState.Approved && nowUtc < ValidUntilUtc;

    private void RequirePending()
    {
        if (State != BorrowState.Pending)
            throw DecidedOnce.Violated($"该调阅申请已审批（{State.DisplayName()}），不能重复审批。");
    }
}
