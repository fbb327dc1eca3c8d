using Hotline.Evaluation.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Platform.Persistence;

namespace Hotline.Evaluation.Domain;

internal enum RevisitState
{
    /// <summary>待回访.</summary>
    AwaitingRevisit,
    /// <summary>Rated dissatisfied: the agent must record why and classify the cause.</summary>
    FollowUp,
    /// <summary>Sent back for redo; waits for the lead unit's next reply.</summary>
    AwaitingRedo,
    /// <summary>A supervisor must decide (redo limit reached, or mediation/law-enforcement category).</summary>
    AwaitingSupervisor,
    Closed,
}

/// <summary>A case in Evaluation: replied (or answered at intake), revisited, redone, closed.</summary>
internal sealed class RevisitCase : IVersioned
{
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public Guid? CategoryId { get; set; }

    /// <summary>Answered at intake: only the intake stage is rated.</summary>
    public bool IntakeOnly { get; set; }

    public Guid? LeadUnitId { get; set; }
    public Guid? LeadAssignmentId { get; set; }
    public RevisitState State { get; set; }

    /// <summary>0 for the first reply's revisit, 1 after the first redo, …</summary>
    public int Round { get; set; }

    public ReplyResult? ReplyResult { get; set; }
    public string? ReplyText { get; set; }
    public bool CallerDeclinedCallback { get; set; }
    public DateTime? RepliedAtUtc { get; set; }
    public DateTime RevisitDueUtc { get; set; }

    /// <summary>The final ratings so far; a later round's rating replaces an earlier one.</summary>
    public Rating? IntakeRating { get; set; }
    public Rating? HandlingRating { get; set; }
    public bool? Resolved { get; set; }

    /// <summary>When the rating that counts was taken; statistics fall in the period of this time.</summary>
    public DateTime? RatedAtUtc { get; set; }

    public ClosingOutcome? Outcome { get; set; }
    public DateTime? ClosedAtUtc { get; set; }

    public Guid Version { get; set; }
}
