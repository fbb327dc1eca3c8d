namespace Hotline.Evaluation.Figures;

/// <summary>Revisits, follow-ups and closings as stored, for the archive.</summary>
internal sealed class EvaluationRecordFacts(IDbContextFactory<EvaluationDbContext> contexts) : IEvaluationRecordFacts
{
    public async Task<(IReadOnlyList<RevisitFact> Revisits, IReadOnlyList<FollowUpFact> FollowUps)> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync(cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == caseId).ToListAsync(cancellationToken);
        return (
            attempts.OrderBy(a => a.AtUtc).ThenBy(a => a.Id)
                .Select(a => new RevisitFact(a.Round, a.Channel.Name(), a.Reach.Name(), a.Resolved, a.IntakeRating, a.HandlingRating, a.CallerWords, a.AtUtc, a.By))
                .ToList(),
            followUps.OrderBy(f => f.AtUtc).ThenBy(f => f.Id)
                .Select(f => new FollowUpFact(f.Round, f.Cause.Name(), f.Why, f.Instructions, f.Decision.Name(), f.AtUtc, f.By,
                    f.SupervisorDecision?.Name(), f.SupervisorNote, f.SupervisorDecidedAtUtc, f.SupervisorDecidedBy))
                .ToList());
    }

    public async Task<IReadOnlyList<ClosedCaseFact>> ClosedAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.State == RevisitState.Closed && c.ClosedAtUtc != null && c.Outcome != null)
            .OrderBy(c => c.ClosedAtUtc).ThenBy(c => c.CaseId)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return rows.Select(ToFact).ToList();
    }

    public async Task<ClosedCaseFact?> ClosedCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == caseId, cancellationToken);
        return c is { State: RevisitState.Closed, ClosedAtUtc: not null, Outcome: not null } ? ToFact(c) : null;
    }

    private static ClosedCaseFact ToFact(RevisitCase c) =>
        new(c.CaseId, c.CaseNumber, c.Outcome!.Value, c.IntakeRating, c.HandlingRating, c.Resolved, c.LeadUnitId, c.ClosedAtUtc!.Value, c.Round);
}
