using Hotline.Platform.Facts;
using Microsoft.Extensions.Logging;

namespace Hotline.Supervision.Figures;

/// <summary>
/// The daily supervision facts (<see cref="SupervisionDay"/>, by the day of issue): every save of a supervision marks
/// its day of issue (<see cref="DaysTouched"/>, called by the context's save, so a raised level recounts its day), a
/// read recomputes the stale days of its period.
/// </summary>
internal sealed class SupervisionDays(IDbContextFactory<SupervisionDbContext> contexts, ILogger<SupervisionDays> log)
    : DailyFactTable<SupervisionDbContext, SupervisionDay, StaleSupervisionDay>(contexts, log)
{
    public override string Name => "督办日统计（提醒、书面、领导督办）";

    /// <summary>Per unit over supervisions issued in [fromUtc, toUtc): whole China days from the table, the day pieces at either end counted from the supervisions.</summary>
    public async Task<IReadOnlyList<SupervisionDay>> CountsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
        var windows = DayWindows.Of(fromUtc, toUtc);
        var parts = new List<SupervisionDay>();
        if (windows.HasDays)
        {
            await RefreshAsync(db, windows.FirstDay, windows.EndDay, cancellationToken);
            parts.AddRange(await Days(db, windows.FirstDay, windows.EndDay)
                .GroupBy(d => d.UnitId)
                .Select(g => new SupervisionDay { UnitId = g.Key, Reminder = g.Sum(d => d.Reminder), Notice = g.Sum(d => d.Notice), Leader = g.Sum(d => d.Leader) })
                .ToListAsync(cancellationToken));
        }
        foreach (var (from, to) in windows.Edges)
            parts.AddRange(await Query(db, from, to).ToListAsync(cancellationToken));
        return parts.GroupBy(p => p.UnitId)
            .Select(g => new SupervisionDay { UnitId = g.Key, Reminder = g.Sum(d => d.Reminder), Notice = g.Sum(d => d.Notice), Leader = g.Sum(d => d.Leader) })
            .ToList();
    }

    /// <summary>The days of issue of the supervisions the pending save of <paramref name="db"/> adds, changes or deletes.</summary>
    public static IReadOnlyCollection<DateOnly> DaysTouched(SupervisionDbContext db) =>
        StaleFactDays.DaysTouched<CaseSupervision>(db, s => s.IssuedAtUtc);

    protected override async Task<(DateTime? FirstUtc, DateTime? LastUtc)> SpanAsync(SupervisionDbContext db, CancellationToken cancellationToken) =>
        (await db.Supervisions.MinAsync(s => (DateTime?)s.IssuedAtUtc, cancellationToken),
         await db.Supervisions.MaxAsync(s => (DateTime?)s.IssuedAtUtc, cancellationToken));

    protected override async Task<IReadOnlyList<SupervisionDay>> ComputeAsync(SupervisionDbContext db, DateOnly day, CancellationToken cancellationToken) =>
        (await Query(db, ChinaTime.StartOfDayUtc(day), ChinaTime.EndOfDayUtc(day)).ToListAsync(cancellationToken))
            .Select(d => new SupervisionDay { Day = day, UnitId = d.UnitId, Reminder = d.Reminder, Notice = d.Notice, Leader = d.Leader })
            .ToList();

    /// <summary>Counted in the database, one row per unit, over the supervisions issued in [fromUtc, toUtc).</summary>
    private static IQueryable<SupervisionDay> Query(SupervisionDbContext db, DateTime fromUtc, DateTime toUtc) =>
        db.Supervisions.AsNoTracking()
            .Where(s => s.IssuedAtUtc >= fromUtc && s.IssuedAtUtc < toUtc)
            .GroupBy(s => s.UnitId)
            .Select(g => new SupervisionDay
            {
                UnitId = g.Key,
                Reminder = g.Count(s => s.Level == SupervisionLevel.Reminder),
                Notice = g.Count(s => s.Level == SupervisionLevel.Notice),
                Leader = g.Count(s => s.Level == SupervisionLevel.Leader),
            });
}
