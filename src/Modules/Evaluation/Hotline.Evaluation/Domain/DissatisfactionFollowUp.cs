using Hotline.Platform.Rules;

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
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public int Round { get; set; }
    public DissatisfactionCause Cause { get; set; }
    public string Why { get; set; } = "";
    public string? Instructions { get; set; }
    public FollowUpDecision Decision { get; set; }
    public DateTime AtUtc { get; set; }
    public string By { get; set; } = "";

    /// <summary>For <see cref="FollowUpDecision.ToSupervisor"/>: the supervisor's decision (close or redo) and note.</summary>
    public FollowUpDecision? SupervisorDecision { get; private set; }
    public string? SupervisorNote { get; private set; }
    public DateTime? SupervisorDecidedAtUtc { get; private set; }
    public string? SupervisorDecidedBy { get; private set; }

    public const int NoteMaxLength = 2000;

    public static readonly DomainRule SupervisorDecidesOnce = new("Evaluation.Supervisor.DecidesOnce", "000；回访设置（允许重办轮次）",
        "督办员已对该工单作出决定。");

    /// <summary>The supervisor's note, trimmed: the redo requirements or why the case closes.</summary>
    public static string ValidSupervisorNote(bool redo, string? note)
    {
        return RequiredText.Of(note, redo ? "重办要求" : "办结理由", NoteMaxLength);
    }

    /// <summary>督办员决定: close the case, or send it back for another redo, with the reason in writing.</summary>
    /// <returns>The trimmed note.</returns>
    public string DecideBySupervisor(bool redo, string? note, DateTime atUtc, string by)
    {
        var text = ValidSupervisorNote(redo, note);
        SupervisorDecidesOnce.Require(SupervisorDecision is null);
        SupervisorDecision = redo ? FollowUpDecision.Redo : FollowUpDecision.Closed;
        SupervisorNote = text;
        SupervisorDecidedAtUtc = atUtc;
        SupervisorDecidedBy = by;
        return text;
    }
}
