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

/// <summary>
/// A case in Evaluation: replied (or answered at intake), revisited, redone, closed. Its state moves
/// only through the steps in RevisitCaseSteps.cs, each named after the step of 002 第四章.
/// </summary>
internal sealed partial class RevisitCase : IVersioned
{
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public Guid? CategoryId { get; set; }

    /// <summary>Answered at intake: only the intake stage is rated.</summary>
    public bool IntakeOnly { get; private set; }

    public Guid? LeadUnitId { get; private set; }
    public Guid? LeadAssignmentId { get; private set; }
    public RevisitState State { get; private set; }

    /// <summary>0 for the first reply's revisit, 1 after the first redo, …</summary>
    public int Round { get; private set; }

    public ReplyResult? ReplyResult { get; private set; }
    public string? ReplyText { get; private set; }
    public bool CallerDeclinedCallback { get; private set; }
    public DateTime? RepliedAtUtc { get; private set; }
    public DateTime RevisitDueUtc { get; private set; }

    /// <summary>The final ratings so far; a later round's rating replaces an earlier one (002 第十八条).</summary>
    public Rating? IntakeRating { get; private set; }
    public Rating? HandlingRating { get; private set; }
    public bool? Resolved { get; private set; }

    /// <summary>When the rating that counts was taken; statistics fall in the period of this time.</summary>
    public DateTime? RatedAtUtc { get; private set; }

    public ClosingOutcome? Outcome { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }

    public Guid Version { get; set; }
}
