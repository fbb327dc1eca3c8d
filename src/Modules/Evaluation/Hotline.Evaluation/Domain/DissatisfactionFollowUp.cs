namespace Hotline.Evaluation.Domain;

/// <summary>Why a caller was dissatisfied, as the agent classified it (002 ch. 4).</summary>
internal enum DissatisfactionCause
{
    PolicyLimit,
    ObjectiveLimit,
    HandlingProblem,
    Other,
}

internal enum FollowUpDecision
{
    Closed,
    Redo,
    ToSupervisor,
}

/// <summary>The manual follow-up of a 不满意/非常不满意 rating, and what became of it.</summary>
internal sealed class DissatisfactionFollowUp
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public int Round { get; set; }
    public DissatisfactionCause Cause { get; set; }
    public string Why { get; set; } = "";
    public string? Instructions { get; set; }
    public FollowUpDecision Decision { get; set; }
    public DateTime AtUtc { get; set; }
    public string By { get; set; } = "";

    /// <summary>For <see cref="FollowUpDecision.ToSupervisor"/>: the supervisor's decision (close or redo) and note.</summary>
    public FollowUpDecision? SupervisorDecision { get; set; }
    public string? SupervisorNote { get; set; }
    public DateTime? SupervisorDecidedAtUtc { get; set; }
    public string? SupervisorDecidedBy { get; set; }
}
