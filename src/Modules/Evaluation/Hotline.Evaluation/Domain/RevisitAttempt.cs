namespace Hotline.Evaluation.Domain;

internal enum ReachResult
{
    /// <summary>接通.</summary>
    Reached,
    /// <summary>未接通.</summary>
    NotReached,
    /// <summary>拒绝评价.</summary>
    RefusedToRate,
}

internal enum RevisitChannel
{
    Phone,
    Online,
    Sms,
}

/// <summary>回访记录: one attempt to reach the caller, with the ratings when reached. Recorded once, never changed.</summary>
internal sealed class RevisitAttempt
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid CaseId { get; private set; }
    public int Round { get; private set; }
    public RevisitChannel Channel { get; private set; }
    public ReachResult Reach { get; private set; }
    public bool? Resolved { get; private set; }
    public Rating? IntakeRating { get; private set; }
    public Rating? HandlingRating { get; private set; }
    /// <summary>Settable so a viewer the caller is withheld from gets the attempt without them (see CaseEvaluationPanel).</summary>
    public string? CallerWords { get; set; }
    public DateTime AtUtc { get; private set; }
    public string By { get; private set; } = "";

    /// <summary>An attempt on the case's current round; a case answered at intake keeps no handling rating (002 第十五条).</summary>
    public static RevisitAttempt On(RevisitCase c, RevisitChannel channel, ReachResult reach, bool? resolved, Rating? intakeRating,
        Rating? handlingRating, string? callerWords, DateTime atUtc, string by) => new()
    {
        CaseId = c.CaseId,
        Round = c.Round,
        Channel = channel,
        Reach = reach,
        Resolved = c.IntakeOnly ? null : resolved,
        IntakeRating = intakeRating,
        HandlingRating = c.IntakeOnly ? null : handlingRating,
        CallerWords = callerWords,
        AtUtc = atUtc,
        By = by,
    };
}
