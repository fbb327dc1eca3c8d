using Hotline.Platform.Catalog;

namespace Hotline.Evaluation.Figures;

/// <summary>
/// 三率 per lead unit over the cases whose counted rating was taken in the period, summed from the daily rating facts.
/// A read-only aggregate without personal data, for other modules (the Assessment module's sheets) as for the center page;
/// the page checks roles itself.
/// </summary>
internal sealed class EvaluationFigures(
    IDbContextFactory<EvaluationDbContext> contexts,
    EvaluationSettingsService settings,
    RatingDays days,
    ICategoryCatalog categories) : IEvaluationFigures
{
    public async Task<IReadOnlyList<UnitEvaluationFigures>> PerUnitAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        var counts = await days.CountsAsync(fromUtc, toUtc, cancellationToken);
        var s = await settings.GetAsync(cancellationToken);
        return FigureCalculator.PerUnit(counts, s.BasicallySatisfiedWeight);
    }

    public Task<IReadOnlyList<DailyRatingTotals>> DailyTotalsAsync(DateOnly firstDay, DateOnly endDay, CancellationToken cancellationToken = default) =>
        days.DailyTotalsAsync(firstDay, endDay, cancellationToken);

    /// <summary>The unit's validly revisited cases (caller reached and rated) whose counted rating falls in [fromUtc, toUtc).</summary>
    public async Task<IReadOnlyList<RatedCaseFact>> RatedCasesAsync(Guid unitId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        var notChased = await NotChasedCategoriesAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.LeadUnitId == unitId && c.HandlingRating != null && c.Resolved != null && c.RatedAtUtc >= fromUtc && c.RatedAtUtc < toUtc)
            .OrderBy(c => c.RatedAtUtc)
            .Select(c => new { c.CaseId, Resolved = c.Resolved!.Value, HandlingRating = c.HandlingRating!.Value, c.CategoryId })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new RatedCaseFact(c.CaseId, c.Resolved, c.HandlingRating, c.CategoryId is { } id && notChased.Contains(id))).ToList();
    }

    /// <summary>Counted in the database over the cases of the few mediation and law-enforcement categories (index on category and rating time).</summary>
    public async Task<IReadOnlyList<UnitNotChasedCounts>> NotChasedPerUnitAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        var notChased = (await NotChasedCategoriesAsync(cancellationToken)).ToList();
        if (notChased.Count == 0)
            return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking()
            .Where(c => c.CategoryId != null && notChased.Contains(c.CategoryId.Value) && c.LeadUnitId != null && c.HandlingRating != null
                && c.Resolved != null && c.RatedAtUtc >= fromUtc && c.RatedAtUtc < toUtc)
            .GroupBy(c => c.LeadUnitId!.Value)
            .Select(g => new UnitNotChasedCounts(g.Key, g.Count(),
                g.Count(c => c.HandlingRating == Rating.VerySatisfied || c.HandlingRating == Rating.Satisfied),
                g.Count(c => c.HandlingRating == Rating.BasicallySatisfied)))
            .ToListAsync(cancellationToken);
    }

    private async Task<HashSet<Guid>> NotChasedCategoriesAsync(CancellationToken cancellationToken) =>
        (await categories.CategoriesOfKindAsync(RevisitRules.MediationAndEnforcement, cancellationToken)).Select(c => c.Id).ToHashSet();

    public async Task<double> BasicallySatisfiedWeightAsync(CancellationToken cancellationToken = default) =>
        (await settings.GetAsync(cancellationToken)).BasicallySatisfiedWeight;
}
