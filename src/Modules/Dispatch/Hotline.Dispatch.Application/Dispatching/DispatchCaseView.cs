namespace Hotline.Dispatch.Dispatching;

/// <summary>An assignment as the dispatch page and the case panel show it, unit named.</summary>
internal sealed record AssignmentView(
    Guid Id,
    Guid UnitId,
    string UnitName,
    AssignmentRole Role,
    Guid? ParentAssignmentId,
    AssignmentStatus Status,
    DateTime DispatchedAtUtc,
    string DispatchedBy,
    string? Note,
    DateTime SignForDueUtc,
    DateTime FirstContactDueUtc,
    DateTime CompletionDueUtc,
    int CompletionWorkingDays,
    string? CompletionDueNote,
    DateTime ReturnWindowEndsUtc,
    DateTime? EndedAtUtc,
    string? EndNote)
{
    public bool IsActive => Status == AssignmentStatus.Active;

    public string RoleName => ParentAssignmentId is null ? Role.DisplayName() : "二级承办";

    /// <summary>Beside the completion deadline: its working days as dispatched, or why it moved since.</summary>
    public string CompletionTerm => CompletionDueNote ?? $"{CompletionWorkingDays} 个工作日";
}

/// <summary>Everything the dispatch page shows about a case, and what confirming would do.</summary>
internal sealed record DispatchCaseView(
    Guid CaseId,
    string CaseNumber,
    DispatchState State,
    DispatchMode? Mode,
    string? ModeBlockedReason,
    Guid Version,
    Urgency Urgency,
    DateTime QueuedAtUtc,
    int ApprovedReturns,
    bool CallerReachable,
    CaseSummary? Summary,
    CallerView? Caller,
    string? SubjectUnitName,
    IReadOnlyList<AssignmentView> Assignments,
    IReadOnlyList<ReturnedUnit> ApprovedReturnsByUnit,
    int? RedoRound = null,
    string? RedoReason = null);

/// <summary>A unit whose return of this case was approved, with its reason, so the dispatcher does not send it back blindly.</summary>
internal sealed record ReturnedUnit(Guid UnitId, string UnitName, ReturnReason Reason, string Basis, DateTime AppliedAtUtc);

internal static class AssignmentStatusNames
{
    public static string DisplayName(this AssignmentStatus status) => status switch
    {
        AssignmentStatus.Active => "承办中",
        AssignmentStatus.Returned => "已退单",
        AssignmentStatus.Reassigned => "已改派",
        AssignmentStatus.Finished => "已办结",
        _ => status.ToString(),
    };

    public static string DisplayName(this DispatchState state) => state switch
    {
        DispatchState.Waiting => "待派单",
        DispatchState.Dispatched => "已派单",
        DispatchState.AwaitingDesignation => "待指定办理",
        DispatchState.Finished => "已办结",
        _ => state.ToString(),
    };
}
