using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Platform.Messaging;

namespace Hotline.Assessment.Analysis.Facts;

/// <summary>
/// Keeps <see cref="CaseFact"/> current from the case's events. Each handler finds or creates the fact (from Intake's
/// case directory, so an event that arrives first still counts) and moves it; events carry their publishing order,
/// so a late redelivery never takes a case back.
/// </summary>
internal abstract class CaseFactHandler<TEvent>(AssessmentDbContext context, ICaseDirectory cases, AnalysisLive live, TimeProvider clock)
    : InboxEventHandler<TEvent, AssessmentDbContext>(context, clock)
    where TEvent : IntegrationEvent
{
    protected override async Task ApplyAsync(TEvent e, CancellationToken ct)
    {
        var caseId = CaseOf(e);
        var fact = Context.CaseFacts.Local.FirstOrDefault(f => f.CaseId == caseId)
            ?? await Context.CaseFacts.FirstOrDefaultAsync(f => f.CaseId == caseId, ct);
        if (fact is null)
        {
            if (await cases.GetAsync(caseId, ct) is not { } summary)
                return;
            fact = CaseFact.Of(summary);
            Context.CaseFacts.Add(fact);
        }
        Apply(fact, e, e.OccurredAtUtc == default ? Clock.GetUtcNow().UtcDateTime : e.OccurredAtUtc);
        live.Changed();
    }

    protected abstract Guid CaseOf(TEvent e);

    protected abstract void Apply(CaseFact fact, TEvent e, DateTime atUtc);
}

internal sealed class AcceptedFact(AssessmentDbContext c, ICaseDirectory d, AnalysisLive l, TimeProvider t) : CaseFactHandler<CaseAccepted>(c, d, l, t)
{
    protected override Guid CaseOf(CaseAccepted e) => e.CaseId;

    protected override void Apply(CaseFact fact, CaseAccepted e, DateTime atUtc) => fact.Move(CaseStatus.Accepted, atUtc);
}

internal sealed class ClosedAtIntakeFact(AssessmentDbContext c, ICaseDirectory d, AnalysisLive l, TimeProvider t) : CaseFactHandler<CaseClosedAtIntake>(c, d, l, t)
{
    protected override Guid CaseOf(CaseClosedAtIntake e) => e.CaseId;

    protected override void Apply(CaseFact fact, CaseClosedAtIntake e, DateTime atUtc) => fact.Move(e.Outcome, atUtc);
}

internal sealed class DispatchedFact(AssessmentDbContext c, ICaseDirectory d, AnalysisLive l, TimeProvider t) : CaseFactHandler<CaseDispatched>(c, d, l, t)
{
    protected override Guid CaseOf(CaseDispatched e) => e.CaseId;

    protected override void Apply(CaseFact fact, CaseDispatched e, DateTime atUtc)
    {
        if (fact.Move(CaseStatus.Dispatched, atUtc) && e.Assignments.FirstOrDefault(a => a.Role == AssignmentRole.Lead) is { } lead)
            fact.Lead(lead.UnitId);
    }
}

internal sealed class SignedFact(AssessmentDbContext c, ICaseDirectory d, AnalysisLive l, TimeProvider t) : CaseFactHandler<AssignmentSigned>(c, d, l, t)
{
    protected override Guid CaseOf(AssignmentSigned e) => e.CaseId;

    protected override void Apply(CaseFact fact, AssignmentSigned e, DateTime atUtc)
    {
        // A co-unit signing does not move the case; the lead's signature starts its handling.
        if (e.IsLead && fact.Status == CaseStatus.Dispatched)
            fact.Move(CaseStatus.InHandling, atUtc);
    }
}

internal sealed class RepliedFact(AssessmentDbContext c, ICaseDirectory d, AnalysisLive l, TimeProvider t) : CaseFactHandler<CaseReplied>(c, d, l, t)
{
    protected override Guid CaseOf(CaseReplied e) => e.CaseId;

    protected override void Apply(CaseFact fact, CaseReplied e, DateTime atUtc) => fact.Move(CaseStatus.Replied, atUtc);
}

internal sealed class RedoFact(AssessmentDbContext c, ICaseDirectory d, AnalysisLive l, TimeProvider t) : CaseFactHandler<RedoStarted>(c, d, l, t)
{
    protected override Guid CaseOf(RedoStarted e) => e.CaseId;

    protected override void Apply(CaseFact fact, RedoStarted e, DateTime atUtc) => fact.Move(CaseStatus.InHandling, atUtc);
}

internal sealed class ClosedFact(AssessmentDbContext c, ICaseDirectory d, AnalysisLive l, TimeProvider t) : CaseFactHandler<CaseClosed>(c, d, l, t)
{
    protected override Guid CaseOf(CaseClosed e) => e.CaseId;

    protected override void Apply(CaseFact fact, CaseClosed e, DateTime atUtc) =>
        fact.Close(atUtc, e.ClosedAtUtc, (int?)e.HandlingRating, e.LeadUnitId);
}

internal sealed class MergedFact(AssessmentDbContext c, ICaseDirectory d, AnalysisLive l, TimeProvider t) : CaseFactHandler<CaseMerged>(c, d, l, t)
{
    // Only a registered case merged into another has a fact to end; a request merged at registration never became one.
    protected override Guid CaseOf(CaseMerged e) => e.SourceCaseId ?? Guid.Empty;

    protected override void Apply(CaseFact fact, CaseMerged e, DateTime atUtc) => fact.Move(CaseStatus.Merged, atUtc);
}
