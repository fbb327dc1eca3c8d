namespace Hotline.Archive.Domain;

/// <summary>
/// 缓冲期内待归档: a closing Archive has heard of but not archived yet, because the settling period (归档缓冲期) has not
/// passed. It holds the closing as <see cref="CaseClosed"/> carried it, so that the sweep can archive it after a restart;
/// the row is removed once the closing is archived, or when the case was reopened meanwhile.
/// </summary>
internal sealed class PendingClosing
{
    private PendingClosing() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public ClosingOutcome Outcome { get; private set; }
    public Rating? IntakeRating { get; private set; }
    public Rating? HandlingRating { get; private set; }
    public bool? Resolved { get; private set; }
    public Guid? LeadUnitId { get; private set; }
    /// <summary>Truncated to microseconds, as the record stores it: one row per closing.</summary>
    public DateTime ClosedAtUtc { get; private set; }
    public int RedoRounds { get; private set; }
    public DateTime QueuedAtUtc { get; private set; }

    public static PendingClosing Of(ClosedCaseFact closing, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        CaseId = closing.CaseId,
        CaseNumber = closing.CaseNumber,
        Outcome = closing.Outcome,
        IntakeRating = closing.IntakeRating,
        HandlingRating = closing.HandlingRating,
        Resolved = closing.Resolved,
        LeadUnitId = closing.LeadUnitId,
        ClosedAtUtc = RecordHashing.Truncate(closing.ClosedAtUtc),
        RedoRounds = closing.RedoRounds,
        QueuedAtUtc = nowUtc,
    };

    public ClosedCaseFact ToFact() =>
        new(CaseId, CaseNumber, Outcome, IntakeRating, HandlingRating, Resolved, LeadUnitId, ClosedAtUtc, RedoRounds);
}
