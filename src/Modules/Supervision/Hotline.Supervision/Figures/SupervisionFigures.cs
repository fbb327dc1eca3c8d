namespace Hotline.Supervision.Figures;

internal sealed class SupervisionFigures(IDbContextFactory<SupervisionDbContext> contexts) : ISupervisionFigures
{
    public async Task<IReadOnlyList<UnitSupervisionCounts>> PerUnitAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Supervisions.AsNoTracking().Where(s => s.IssuedAtUtc >= fromUtc && s.IssuedAtUtc < toUtc)
            .GroupBy(s => new { s.UnitId, s.Level }).Select(g => new { g.Key.UnitId, g.Key.Level, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.UnitId).Select(g => new UnitSupervisionCounts(g.Key,
            g.Where(r => r.Level == SupervisionLevel.Reminder).Sum(r => r.Count),
            g.Where(r => r.Level == SupervisionLevel.Notice).Sum(r => r.Count),
            g.Where(r => r.Level == SupervisionLevel.Leader).Sum(r => r.Count))).ToList();
    }

    public async Task<IReadOnlyList<UnitOverdueCases>> MostOverdueAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Deadlines.AsNoTracking().Where(d => d.State == DeadlineState.Overdue)
            .Select(d => new { d.UnitId, d.CaseId }).Distinct()
            .GroupBy(d => d.UnitId).Select(g => new { UnitId = g.Key, Cases = g.Count() })
            .OrderByDescending(g => g.Cases).Take(Math.Clamp(take, 1, 100)).ToListAsync(cancellationToken);
        return rows.Select(r => new UnitOverdueCases(r.UnitId, r.Cases)).ToList();
    }
}
