namespace Hotline.Evaluation.Contracts;

/// <summary>One revisit attempt (回访) with the ratings given, in Chinese labels.</summary>
public sealed record RevisitFact(
    int Round,
    string Channel,
    string Reach,
    bool? Resolved,
    Rating? IntakeRating,
    Rating? HandlingRating,
    string? CallerWords,
    DateTime AtUtc,
    string By);

/// <summary>The follow-up of a dissatisfied rating (不满意回访处理) and the supervisor's decision, if any.</summary>
public sealed record FollowUpFact(int Round, string Cause, string Why, string? Instructions, string Decision, DateTime AtUtc, string By,
    string? SupervisorDecision, string? SupervisorNote, DateTime? SupervisorDecidedAtUtc, string? SupervisorDecidedBy);

/// <summary>A closed case as Evaluation closed it: the same facts <see cref="CaseClosed"/> carried.</summary>
public sealed record ClosedCaseFact(Guid CaseId, string CaseNumber, ClosingOutcome Outcome, Rating? IntakeRating, Rating? HandlingRating,
    bool? Resolved, Guid? LeadUnitId, DateTime ClosedAtUtc, int RedoRounds);

/// <summary>What Evaluation keeps of a case, for the archive record. No access check: never for display.</summary>
public interface IEvaluationRecordFacts
{
    /// <summary>Every revisit attempt and follow-up of the case, in time order.</summary>
    Task<(IReadOnlyList<RevisitFact> Revisits, IReadOnlyList<FollowUpFact> FollowUps)> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>Closed cases in closing order (then by id), a page at a time.</summary>
    Task<IReadOnlyList<ClosedCaseFact>> ClosedAsync(int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Null when the case is not closed.</summary>
    Task<ClosedCaseFact?> ClosedCaseAsync(Guid caseId, CancellationToken cancellationToken = default);
}
