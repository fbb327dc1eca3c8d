using Hotline.Handling.Contracts;
using Hotline.Platform.Persistence;

namespace Hotline.Handling.Domain;

internal enum ReplyStatus
{
    /// <summary>Waits for the unit manager (per-unit setting) or the parent unit (sub-unit replies).</summary>
    AwaitingApproval,
    /// <summary>Accepted: for the lead, handling of this round is over.</summary>
    Accepted,
    /// <summary>Sent back by the approver with a reason; the handler revises and replies again.</summary>
    Rejected,
}

/// <summary>答复: a unit's reply; the first and every redo round's reply are kept side by side.</summary>
internal sealed class Reply : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AssignmentId { get; set; }
    public Guid CaseId { get; set; }
    public Guid UnitId { get; set; }
    public int Round { get; set; }
    public ReplyResult Result { get; set; }
    public string Text { get; set; } = "";

    /// <summary>Written explanation to the center, required for 无法办理.</summary>
    public string? ExplanationToCenter { get; set; }

    public bool CallerDeclinedCallback { get; set; }
    public DateTime SubmittedAtUtc { get; set; }
    public string SubmittedBy { get; set; } = "";

    public ReplyStatus Status { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecisionNote { get; set; }

    public Guid Version { get; set; }
}
