using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Persistence;
using Hotline.Handling.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Evaluation.Figures;

/// <summary>
/// 三率 per lead unit over the cases whose counted rating was taken in the period. A read-only
/// aggregate without personal data, for other modules (Supervision's assessment) as for the center
/// page; the page checks roles itself. 响应率 needs Handling's contact facts.
/// </summary>
internal sealed class EvaluationFigures(
    IDbContextFactory<EvaluationDbContext> contexts,
    EvaluationSettingsService settings,
    IServiceProvider services) : IEvaluationFigures
{
    public async Task<IReadOnlyList<UnitEvaluationFigures>> PerUnitAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        var rated = await RatedCasesAsync(fromUtc, toUtc, cancellationToken);
        var facts = services.GetService<IHandlingFacts>()
            ?? throw new InvalidOperationException("办理模块未提供响应数据（IHandlingFacts 未注册），无法计算响应率。");
        var contacted = rated.Count == 0
            ? []
            : (await facts.ContactFactsAsync(rated.Select(r => r.CaseId), cancellationToken))
                .Where(f => f.ContactedOnTime).Select(f => f.CaseId).ToHashSet();
        var s = await settings.GetAsync(cancellationToken);
        return FigureCalculator.PerUnit(rated, contacted, s.BasicallySatisfiedWeight);
    }

    public async Task<IReadOnlyList<RatedCaseFact>> RatedCasesAsync(Guid unitId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        (await RatedCasesAsync(fromUtc, toUtc, cancellationToken)).Where(c => c.LeadUnitId == unitId)
            .Select(c => new RatedCaseFact(c.CaseId, c.Resolved, c.HandlingRating)).ToList();

    public async Task<double> BasicallySatisfiedWeightAsync(CancellationToken cancellationToken = default) =>
        (await settings.GetAsync(cancellationToken)).BasicallySatisfiedWeight;

    /// <summary>Validly revisited cases (caller reached and rated) whose counted rating falls in [fromUtc, toUtc).</summary>
    internal async Task<IReadOnlyList<RatedCase>> RatedCasesAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One query: the redo flags are probes by case id (indexed), not a list of a year's ids sent back to the server.
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.LeadUnitId != null && c.HandlingRating != null && c.Resolved != null
                && c.RatedAtUtc >= fromUtc && c.RatedAtUtc < toUtc)
            .Select(c => new
            {
                c.CaseId, LeadUnitId = c.LeadUnitId!.Value, Resolved = c.Resolved!.Value, HandlingRating = c.HandlingRating!.Value,
                Redone = db.FollowUps.Any(f => f.CaseId == c.CaseId && (f.Decision == FollowUpDecision.Redo || f.SupervisorDecision == FollowUpDecision.Redo)),
                // A reached, rated attempt after a redo means the counted rating is that second rating (the latest replaces the first).
                Second = c.Round > 0 && db.Attempts.Any(a => a.CaseId == c.CaseId && a.Round > 0 && a.Reach == ReachResult.Reached && a.HandlingRating != null),
            })
            .ToListAsync(cancellationToken);
        return cases.Select(c => new RatedCase(c.CaseId, c.LeadUnitId, c.Resolved, c.HandlingRating, c.Redone, c.Second)).ToList();
    }
}
