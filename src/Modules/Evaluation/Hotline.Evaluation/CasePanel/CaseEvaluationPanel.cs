using Hotline.Platform.Cases;

namespace Hotline.Evaluation.CasePanel;

/// <summary>What the case panel 回访评价 shows; caller words are already removed when the viewer must not read them.</summary>
internal sealed record CaseEvaluation(
    RevisitCase Case,
    IReadOnlyList<RevisitAttempt> Attempts,
    IReadOnlyList<DissatisfactionFollowUp> FollowUps,
    bool CallerWordsWithheld,
    bool CanRevisit);

/// <summary>
/// Reads a case's revisits for the case detail page. Center roles see everything; a member unit sees
/// a case only while Dispatch says it is (or was) on it, and never the caller's words when it is
/// shielded from the caller (confidential case, complaint about itself, its parent or a sub-unit).
/// </summary>
internal sealed class CaseEvaluationPanel(
    IDbContextFactory<EvaluationDbContext> contexts,
    AccessGate gate,
    ICallerShielding shielding,
    IServiceProvider services)
{
    public async Task<CaseEvaluation?> GetAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var isCenter = await gate.IsCenterAsync();
        var withhold = false;
        if (!isCenter)
        {
            var (_, unitId) = await gate.RequireUnitAsync(HotlineRoles.UnitHandler, HotlineRoles.UnitManager);
            // Without Dispatch's scope there is no way to know the unit is on the case: show nothing.
            var scope = services.GetService<IUnitCaseScope>();
            if (scope is null || !(await scope.ParticipationAsync(caseId, unitId, cancellationToken)).OnCase)
                return null;
            withhold = await EvaluationTimelineSource.CallerWordsWithheldAsync(shielding, caseId, unitId, cancellationToken);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == caseId, cancellationToken);
        if (c is null)
            return null;
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.AtUtc).ToListAsync(cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == caseId).OrderBy(f => f.Round).ToListAsync(cancellationToken);
        if (withhold)
        {
            foreach (var a in attempts)
                a.CallerWords = null;
            // The follow-up's "why" is the caller's dissatisfaction in the agent's words: withheld the same way.
            foreach (var f in followUps)
                f.Why = CallerShield.Withheld;
        }
        var canRevisit = isCenter && await gate.IsInAnyRoleAsync(EvaluationRoles.Revisitors);
        return new CaseEvaluation(c, attempts, followUps, withhold, canRevisit);
    }
}
