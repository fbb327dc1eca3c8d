namespace Hotline.Archive.Archiving;

/// <summary>
/// 办结 → 归档: every closing becomes a record, at once or after the settling period (归档缓冲期, see <see cref="SettlingArchive"/>);
/// the same closing delivered again (or already backfilled) is skipped.
/// </summary>
internal sealed class CaseClosedArchiving(ArchiveDbContext context, TimeProvider clock, SettlingArchive settling, IEvaluationRecordFacts evaluation)
    : InboxEventHandler<CaseClosed, ArchiveDbContext>(context, clock)
{
    protected override async Task ApplyAsync(CaseClosed e, CancellationToken ct)
    {
        // The event carries the closing; only the number of redo rounds is read back from Evaluation.
        var stored = await evaluation.ClosedCaseAsync(e.CaseId, ct);
        var closing = new ClosedCaseFact(e.CaseId, e.CaseNumber, e.Outcome, e.IntakeRating, e.HandlingRating, e.Resolved, e.LeadUnitId,
            e.ClosedAtUtc, stored?.RedoRounds ?? 0);
        await settling.OfferAsync(Context, closing, Actor.System.UserName, ct);
    }
}
