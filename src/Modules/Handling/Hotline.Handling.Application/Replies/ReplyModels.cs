using Hotline.Handling.CoOpinions;

namespace Hotline.Handling.Replies;

/// <summary>What the handler fills in to reply.</summary>
internal sealed record ReplyInput(ReplyResult? Result, string? Text, string? ExplanationToCenter, bool CallerDeclinedCallback);

/// <summary>A reply of any round, as the unit, its parent and the center see it.</summary>
internal sealed record ReplyRow(
    Guid Id,
    Guid Version,
    Guid AssignmentId,
    Guid UnitId,
    string UnitName,
    int Round,
    ReplyResult Result,
    string Text,
    string? ExplanationToCenter,
    bool CallerDeclinedCallback,
    DateTime SubmittedAtUtc,
    string SubmittedBy,
    ReplyStatus Status,
    DateTime? DecidedAtUtc,
    string? DecidedBy,
    string? DecisionNote,
    bool CanDecide);

/// <summary>告知诉求人办理结果: due 1 day after the accepted reply unless the caller asked for no callback.</summary>
internal sealed record ResultNoticeState(bool Required, DateTime DueUtc, DateTime? NotifiedAtUtc, bool Late, bool Overdue);

/// <summary>The reply part of an assignment page.</summary>
internal sealed record ReplyView(
    Guid AssignmentId,
    Guid AssignmentVersion,
    HandlingStatus Status,
    bool IsLead,
    bool IsSubAssignment,
    bool IsCoHandling,
    int RedoRound,
    string? RedoReason,
    bool CanAct,
    string? Refusal,
    bool ContactRequired,
    bool ContactDone,
    int MinLength,
    CoGateResult? Gate,
    string ApprovalRoute,
    IReadOnlyList<ReplyRow> Replies,
    IReadOnlyList<ReplyRow> PendingFromSubUnits,
    ResultNoticeState? Notice,
    bool CanRecordNotice);

internal static class ReplyNames
{
    /// <summary>"首次答复" for round 0, "第N次重办答复" after redo.</summary>
    public static string RoundName(int round) => round == 0 ? "首次答复" : $"第{round}次重办答复";
}
