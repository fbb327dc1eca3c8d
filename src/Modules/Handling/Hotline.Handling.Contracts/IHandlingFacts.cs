namespace Hotline.Handling.Contracts;

/// <summary>
/// Deadline facts of one unit's lead and co-handling assignments dispatched in a period, for
/// supervision and assessment. "On time" counts only steps done by their deadline; <c>OpenOverdue</c> are the
/// assignments still owing their reply past the deadline now.
/// </summary>
public sealed record UnitHandlingFacts(
    Guid UnitId,
    int Assignments,
    int Signed,
    int SignedOnTime,
    int ContactRequired,
    int ContactedOnTime,
    int Replied,
    int RepliedOnTime,
    int Extended,
    int Redone,
    int OpenOverdue);

/// <summary>How one case's lead assignment met the contact deadline (for 响应率).</summary>
public sealed record CaseContactFact(Guid CaseId, Guid LeadUnitId, bool ContactRequired, bool ContactedOnTime);

/// <summary>One assignment as the per-unit facts count it, for listing the cases behind a figure.</summary>
public sealed record AssignmentFact(
    Guid CaseId,
    bool IsLead,
    bool ContactRequired,
    bool SignedOnTime,
    bool ContactedOnTime,
    bool Replied,
    bool RepliedOnTime,
    bool Extended,
    bool Redone,
    bool OpenOverdue);

public interface IHandlingFacts
{
    /// <summary>Facts per unit over assignments dispatched in [fromUtc, toUtc); units without assignments are omitted.</summary>
    Task<IReadOnlyList<UnitHandlingFacts>> PerUnitAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>The assignments of one unit that <see cref="PerUnitAsync"/> counts for [fromUtc, toUtc).</summary>
    Task<IReadOnlyList<AssignmentFact>> ForUnitAsync(Guid unitId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>The lead assignment's contact facts of the given cases (cases without a lead assignment are omitted).</summary>
    Task<IReadOnlyList<CaseContactFact>> ContactFactsAsync(IEnumerable<Guid> caseIds, CancellationToken cancellationToken = default);
}
