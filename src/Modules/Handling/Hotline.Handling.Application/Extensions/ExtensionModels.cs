namespace Hotline.Handling.Extensions;

/// <summary>One extension request as the unit and the center see it.</summary>
internal sealed record ExtensionRow(
    Guid Id,
    Guid Version,
    Guid AssignmentId,
    Guid CaseId,
    string CaseNumber,
    string Summary,
    Guid UnitId,
    string UnitName,
    string Reason,
    string Measures,
    DateTime CurrentDueUtc,
    DateTime RequestedDueUtc,
    DateTime RequestedAtUtc,
    string RequestedBy,
    ExtensionStatus Status,
    DateTime? DecidedAtUtc,
    string? DecidedBy,
    string? DecisionNote);

/// <summary>The extension part of an assignment page: the request if any, else whether one may be made and the date it would give.</summary>
internal sealed record ExtensionView(
    Guid AssignmentId,
    Guid AssignmentVersion,
    bool CanAct,
    DateTime CompletionDueUtc,
    int CompletionWorkingDays,
    bool Extended,
    ExtensionRow? Request,
    string? Refusal,
    DateTime? ProposedDueUtc,
    bool ProposedBeyondCalendar);

internal enum ExtensionListFilter
{
    Pending,
    Approved,
    Refused,
    All,
}

internal static class ExtensionNames
{
    public static string DisplayName(this ExtensionListFilter filter) => filter switch
    {
        ExtensionListFilter.Pending => "待审批",
        ExtensionListFilter.Approved => "已批准",
        ExtensionListFilter.Refused => "已驳回",
        _ => "全部",
    };
}
