namespace Hotline.Supervision.Figures;

internal sealed class SupervisionFigures(IDbContextFactory<SupervisionDbContext> contexts, SupervisionDays days) : ISupervisionFigures
{
    /// <summary>Summed from the daily facts (a year: ≤ 366 rows per unit), the pieces of a day at either end counted from the supervisions.</summary>
    public async Task<IReadOnlyList<UnitSupervisionCounts>> PerUnitAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        (await days.CountsAsync(fromUtc, toUtc, cancellationToken))
            .Where(d => d.Reminder + d.Notice + d.Leader > 0)
            .Select(d => new UnitSupervisionCounts(d.UnitId, d.Reminder, d.Notice, d.Leader)).ToList();

    public async Task<IReadOnlyList<UnitOverdueCases>> MostOverdueAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A knowledge gap is not a case: its deadline carries no case id, and all of a unit's gaps would count as one case.
        var rows = await db.Deadlines.AsNoTracking().Where(d => d.State == DeadlineState.Overdue && d.Kind != WatchedDeadlineKind.KnowledgeGapFix)
            .Select(d => new { d.UnitId, d.CaseId }).Distinct()
            .GroupBy(d => d.UnitId).Select(g => new { UnitId = g.Key, Cases = g.Count() })
            .OrderByDescending(g => g.Cases).Take(Math.Clamp(take, 1, 100)).ToListAsync(cancellationToken);
        return rows.Select(r => new UnitOverdueCases(r.UnitId, r.Cases)).ToList();
    }
}
