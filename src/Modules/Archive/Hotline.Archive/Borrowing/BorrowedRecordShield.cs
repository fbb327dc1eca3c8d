using Hotline.Archive.Workbench;
using Hotline.Handling.Contracts;
using Hotline.Intake.Contracts;

namespace Hotline.Archive.Borrowing;

/// <summary>
/// A borrowed record as a member unit may read it: the live cases' rule, not a copy of it. Intake answers whether the
/// unit is shielded from the caller (<see cref="ICallerShielding"/>: a confidential case, or a complaint or report about
/// the unit, its parent or a sub-unit; Intake keeps every case, so it answers for a closed one too), and the record's own
/// confidential flag, frozen when it was archived, shields as well. A shielded unit reads neither the caller's name nor
/// any digit of the number, nor the caller's words (revisits, the dissatisfaction's reason) or the center's notes on
/// contacting the caller; every unit reads the timeline without phone digits, as on a live case
/// (<see cref="CallerShield.WithoutPhoneDigits"/>, <see cref="RevisitWords"/>, <see cref="CenterContactNotes"/>).
/// The view is shielded before it leaves here, so whatever shows or prints it follows the rule.
/// </summary>
internal sealed class BorrowedRecordShield(ICallerShielding shielding)
{
    public async Task<RecordView> ForUnitAsync(RecordView view, Guid unitId, CancellationToken ct)
    {
        var reason = view.Confidential || view.Snapshot.Case.Confidential
            ? CallerShield.ConfidentialReason
            : await shielding.WithheldReasonAsync(view.Snapshot.Case.CaseId, unitId, ct);
        return ForUnit(view, reason);
    }

    /// <summary>The view for a unit that is shielded from the caller for <paramref name="withheldReason"/>, or is not (null).</summary>
    public static RecordView ForUnit(RecordView view, string? withheldReason)
    {
        var s = view.Snapshot;
        var shielded = withheldReason is not null;
        var timeline = s.Timeline.Select(t => t with
        {
            Detail = CallerShield.WithoutPhoneDigits(shielded ? CenterContactNotes.ShownStep(t.Action, RevisitWords.Without(t.Detail), true) : t.Detail),
        }).ToList();
        if (!shielded)
            return view with { Snapshot = s with { Timeline = timeline } };
        return view with
        {
            CallerWithheldReason = withheldReason,
            Snapshot = s with
            {
                Caller = s.Caller with { Name = CallerShield.Withheld, Phone = CallerShield.Withheld },
                Revisits = s.Revisits.Select(r => r with { CallerWords = null }).ToList(),
                FollowUps = s.FollowUps.Select(f => f with { Why = CallerShield.Withheld }).ToList(),
                Timeline = timeline,
            },
        };
    }
}
