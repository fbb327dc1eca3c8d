namespace Hotline.Dispatch.Returns;

/// <summary>Traffic light of a deadline, decided on the server from the working-day calendar.</summary>
public enum DeadlineLight
{
    Green,
    /// <summary>Due today or tomorrow (one working day or less left).</summary>
    Amber,
    Overdue,
}

/// <summary>A return request as the review list, the dispute list and the case panel show it.</summary>
public sealed record ReturnRow(
    Guid RequestId,
    Guid Version,
    Guid CaseId,
    string CaseNumber,
    string CaseSummary,
    Guid AssignmentId,
    Guid UnitId,
    string UnitName,
    AssignmentRole Role,
    ReturnReason Reason,
    string Basis,
    DateTime AppliedAtUtc,
    string AppliedBy,
    ReturnStatus Status,
    DateTime? ReviewedAtUtc,
    string? ReviewedBy,
    string? ReviewNote,
    string? DisputeText,
    DateTime? DisputedAtUtc,
    string? DisputedBy,
    DateTime? DisputeDecidedAtUtc,
    string? DisputeDecidedBy,
    string? DisputeDecisionNote,
    DateTime CompletionDueUtc,
    int WorkingDaysLeft,
    DeadlineLight Light,
    int ApprovedReturnsSoFar)
{
    public bool AwaitsReview => Status == ReturnStatus.Pending;
    public bool AwaitsDisputeDecision => Status == ReturnStatus.Disputed;
}

/// <summary>Which return requests a list shows.</summary>
internal enum ReturnListKind
{
    /// <summary>待审核: for dispatchers.</summary>
    Pending,
    /// <summary>争议待审核: for supervisors.</summary>
    Disputed,
    /// <summary>Decided ones, newest first: the record of past reviews.</summary>
    Decided,
}

internal sealed record ReturnListQuery(ReturnListKind Kind, int Page, int PageSize, string? SortBy = null, bool Descending = false, string? CaseNumber = null);

internal sealed record ReturnPage(IReadOnlyList<ReturnRow> Rows, int Total);

/// <summary>One of a unit's assignments on the case, with what the unit may do about it now.</summary>
/// <param name="WhyNoReturn">Null when the apply-for-return form may be shown; otherwise the explanation beside the disabled button.</param>
public sealed record UnitAssignmentView(
    Guid AssignmentId,
    Guid Version,
    Guid UnitId,
    string UnitName,
    bool IsOwnUnit,
    AssignmentRole Role,
    string? ParentUnitName,
    AssignmentStatus Status,
    string? EndNote,
    DateTime DispatchedAtUtc,
    string DispatchedBy,
    string? Note,
    DateTime SignForDueUtc,
    DateTime CompletionDueUtc,
    string? CompletionDueNote,
    DateTime ReturnWindowEndsUtc,
    string? WhyNoReturn,
    IReadOnlyList<UnitReturnView> Requests,
    SubAssignmentView? ActiveSub,
    bool CanSubDispatch);

public sealed record UnitReturnView(ReturnRow Row, string? WhyNoDispute);

public sealed record SubAssignmentView(Guid AssignmentId, Guid Version, string UnitName, DateTime DispatchedAtUtc, string DispatchedBy, string? Note);

/// <summary>What the case panel shows the signed-in user: nothing, a unit's own part, or the center's review view.</summary>
public sealed record ReturnPanelView(
    bool IsCenter,
    bool CanReview,
    bool CanDecideDisputes,
    bool IsUnitManager,
    IReadOnlyList<ReturnRow> CaseRequests,
    IReadOnlyList<UnitAssignmentView> UnitAssignments)
{
    public static readonly ReturnPanelView Nothing = new(false, false, false, false, [], []);

    public bool IsEmpty => !IsCenter && UnitAssignments.Count == 0;
}
