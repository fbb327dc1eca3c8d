using Hotline.Platform.Persistence;
using Hotline.Platform.Seeding.Scale;

namespace Hotline.Assessment.Scale;

/// <summary>
/// Writes the analysis fact of every generated case as the fact handlers would have left it: the case's events
/// replayed in time order through the same <see cref="CaseFact"/> steps (accepted, dispatched to its lead, the lead's
/// signature, replies, a redo round, the closing with its counted rating).
/// </summary>
internal sealed class AssessmentScaleSeeder(AssessmentDbContext db) : IScaleSeeder
{
    public int Order => 550;

    public Task<ScaleRows> TellAsync(IReadOnlyList<ScaleCase> batch, CancellationToken cancellationToken) =>
        Task.FromResult(new ScaleRows(db).Add(batch.Select(FactOf).OfType<CaseFact>().ToList()));

    private static CaseFact? FactOf(ScaleCase s)
    {
        // An online submission nobody decided on yet has no event: no fact.
        if (s.DecidedAtUtc is not { } decided)
            return null;
        var closedAtIntake = s.IntakeClose is { } close ? IntakeStatus(close) : (CaseStatus?)null;
        var fact = CaseFact.Of(new CaseSummary(s.CaseId, s.Number, closedAtIntake ?? CaseStatus.Accepted, s.RequestType, s.CategoryId, s.AreaId,
            s.Address, s.Content, (Channel)s.Channel, (Urgency)s.Urgency, s.IsConfidential, s.SubjectUnitId, s.RegisteredAtUtc));
        // The intake revisit's closing leaves the intake outcome in place (CaseFact.Close).
        fact.Move(closedAtIntake ?? CaseStatus.Accepted, decided);
        if (closedAtIntake is null)
        {
            var events = Events(s, fact);
            events.Sort((a, b) => a.AtUtc != b.AtUtc ? a.AtUtc.CompareTo(b.AtUtc) : a.Order.CompareTo(b.Order));
            foreach (var e in events)
                e.Apply();
        }
        return fact;
    }

    /// <summary>What the fact handlers receive of the case, each with its time and publishing order.</summary>
    private static List<(DateTime AtUtc, int Order, Action Apply)> Events(ScaleCase s, CaseFact fact)
    {
        var events = new List<(DateTime, int, Action)>();
        void On(DateTime atUtc, Action apply) => events.Add((atUtc, events.Count, apply));

        foreach (var d in s.Dispatches)
        {
            On(d.AtUtc, () =>
            {
                if (fact.Move(CaseStatus.Dispatched, d.AtUtc))
                    fact.Lead(d.Lead.UnitId);
            });
        }
        if (s.Dispatches.Count == 0 || s.Dispatches[^1].Returned)
            return events;
        var lead = s.Dispatches[^1].Lead;
        // A co-unit signing does not move the case; the lead's signature starts its handling.
        if (s.SignedAtUtc is { } signed)
            On(signed, () =>
            {
                if (fact.Status == CaseStatus.Dispatched)
                    fact.Move(CaseStatus.InHandling, signed);
            });
        if (s.Stage == ScaleStage.AwaitingApproval || s.RepliedAtUtc is not { } replied)
            return events;
        On(replied, () => fact.Move(CaseStatus.Replied, replied));
        if (s.RedoAtUtc is { } redo)
            On(redo, () => fact.Move(CaseStatus.InHandling, redo));
        if (s.RedoRepliedAtUtc is { } again)
            On(again, () => fact.Move(CaseStatus.Replied, again));
        if (s.ClosedAtUtc is { } closedAt)
            On(closedAt, () => fact.Close(closedAt, closedAt, s.CountedRating, lead.UnitId));
        return events;
    }

    private static CaseStatus IntakeStatus(ScaleIntakeClose close) => close switch
    {
        ScaleIntakeClose.AnsweredAtIntake => CaseStatus.AnsweredAtIntake,
        ScaleIntakeClose.NotAccepted => CaseStatus.NotAccepted,
        ScaleIntakeClose.Invalid => CaseStatus.Invalid,
        _ => CaseStatus.EmergencyTransferred,
    };
}
