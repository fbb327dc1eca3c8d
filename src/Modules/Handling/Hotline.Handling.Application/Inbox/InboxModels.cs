using Hotline.Handling.Deadlines;

namespace Hotline.Handling.Inbox;

/// <summary>The unit inbox's tabs.</summary>
internal enum InboxTab
{
    /// <summary>待签收.</summary>
    AwaitingSignFor,
    /// <summary>办理中 (lead work, including own replies waiting for approval).</summary>
    InHandling,
    /// <summary>待审核: replies waiting for this unit's approval.</summary>
    AwaitingApproval,
    /// <summary>协办意见: co-handling assignments without an opinion yet.</summary>
    CoOpinion,
    /// <summary>重办.</summary>
    Redo,
    /// <summary>已答复.</summary>
    Replied,
    /// <summary>已办结: the unit's history, searched rather than counted.</summary>
    Closed,
}

/// <summary>Whose assignments the inbox lists: the unit's own, or its sub-units' (a parent unit supervises them).</summary>
internal enum InboxScope
{
    Own,
    SubUnits,
}

internal enum InboxSort
{
    DeadlineAscending,
    DeadlineDescending,
    DispatchedDescending,
}

/// <param name="Search">Part of a case number or words of the summary; blank lists everything in the tab.</param>
internal sealed record InboxQuery(InboxTab Tab, InboxScope Scope = InboxScope.Own, InboxSort Sort = InboxSort.DeadlineAscending, int Page = 0, int PageSize = 20,
    string? Search = null);

internal sealed record InboxRow(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    string RequestTypeName,
    string Summary,
    AssignmentRole Role,
    bool IsSubAssignment,
    string UnitName,
    HandlingStatus Status,
    DateTime DispatchedAtUtc,
    DeadlineState? Deadline,
    int RedoRound)
{
    public string RoleName => IsSubAssignment ? $"{Role.DisplayName()}（二级）" : Role.DisplayName();
}

internal sealed record InboxPage(IReadOnlyList<InboxRow> Rows, int Total);

internal static class InboxTabNames
{
    internal static string DisplayName(this InboxTab tab) => tab switch
    {
        InboxTab.AwaitingSignFor => "待签收",
        InboxTab.InHandling => "办理中",
        InboxTab.AwaitingApproval => "待审核",
        InboxTab.CoOpinion => "协办意见",
        InboxTab.Redo => "重办",
        InboxTab.Replied => "已答复",
        InboxTab.Closed => "已办结",
        _ => tab.ToString(),
    };

    /// <summary>The tab's code in links (<c>/unit/inbox?tab=signfor</c>) and test ids.</summary>
    internal static string Code(this InboxTab tab) => tab switch
    {
        InboxTab.AwaitingSignFor => "signfor",
        InboxTab.InHandling => "handling",
        InboxTab.AwaitingApproval => "approval",
        InboxTab.CoOpinion => "co",
        InboxTab.Redo => "redo",
        InboxTab.Closed => "closed",
        _ => "replied",
    };
}
