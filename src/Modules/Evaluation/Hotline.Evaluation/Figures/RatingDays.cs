using Hotline.Platform.Facts;
using Microsoft.Extensions.Logging;

namespace Hotline.Evaluation.Figures;

/// <summary>
/// The daily rating facts (<see cref="RatingDay"/>): a save that may change a day's counts marks the day stale
/// (<see cref="DaysTouchedAsync"/>, called by the context's save), a read recomputes the stale days of its period.
/// </summary>
internal sealed class RatingDays(IDbContextFactory<EvaluationDbContext> contexts, IServiceProvider services, ILogger<RatingDays> log)
    : DailyFactTable<EvaluationDbContext, RatingDay, StaleRatingDay>(contexts, log)
{
    public override string Name => "回访评价日统计（响应率、解决率、满意率）";

    /// <summary>Counts per lead unit over [fromUtc, toUtc): whole China days from the day table, the parts of a day at either end from the cases.</summary>
    public async Task<IReadOnlyList<RatingCounts>> CountsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        var windows = DayWindows.Of(fromUtc, toUtc);
        await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
        var parts = new List<RatingCounts>();
        if (windows.HasDays)
        {
            await RefreshAsync(db, windows.FirstDay, windows.EndDay, cancellationToken);
            parts.AddRange(await Days(db, windows.FirstDay, windows.EndDay)
                .GroupBy(d => d.UnitId)
                .Select(g => new RatingCounts(g.Key, g.Sum(d => d.Revisited), g.Sum(d => d.ContactedOnTime), g.Sum(d => d.Resolved),
                    g.Sum(d => d.Satisfied), g.Sum(d => d.BasicallySatisfied), g.Sum(d => d.Dissatisfied), g.Sum(d => d.Redone), g.Sum(d => d.SecondRatings)))
                .ToListAsync(cancellationToken));
        }
        foreach (var (from, to) in windows.Edges)
            parts.AddRange(await RatingCounts.Query(db, from, to).ToListAsync(cancellationToken));
        return parts.GroupBy(p => p.UnitId).Select(g => g.Aggregate((a, b) => a.Plus(b))).ToList();
    }

    /// <summary>The county's totals per China day in [firstDay, endDay), read from the day table alone.</summary>
    public async Task<IReadOnlyList<DailyRatingTotals>> DailyTotalsAsync(DateOnly firstDay, DateOnly endDay, CancellationToken cancellationToken = default)
    {
        await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
        await RefreshAsync(db, firstDay, endDay, cancellationToken);
        return await Days(db, firstDay, endDay)
            .GroupBy(d => d.Day)
            .OrderBy(g => g.Key)
            .Select(g => new DailyRatingTotals(g.Key, g.Sum(d => d.Revisited), g.Sum(d => d.Satisfied), g.Sum(d => d.BasicallySatisfied)))
            .ToListAsync(cancellationToken);
    }

    protected override async Task<(DateTime? FirstUtc, DateTime? LastUtc)> SpanAsync(EvaluationDbContext db, CancellationToken cancellationToken) =>
        (await db.Cases.Where(c => c.RatedAtUtc != null).MinAsync(c => c.RatedAtUtc, cancellationToken),
         await db.Cases.Where(c => c.RatedAtUtc != null).MaxAsync(c => c.RatedAtUtc, cancellationToken));

    protected override async Task<IReadOnlyList<RatingDay>> ComputeAsync(EvaluationDbContext db, DateOnly day, CancellationToken cancellationToken) =>
        (await RatingCounts.Query(db, ChinaTime.StartOfDayUtc(day), ChinaTime.EndOfDayUtc(day)).ToListAsync(cancellationToken))
            .Select(c => RatingDay.Of(day, c)).ToList();

    /// <summary>Takes the first contacts of the day's rated cases that CallerContacted never brought (rated before this table existed).</summary>
    protected override async Task PrepareRebuildAsync(EvaluationDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        if (services.GetService<IHandlingFacts>() is not { } handling)
            return;
        var (from, to) = (ChinaTime.StartOfDayUtc(day), ChinaTime.EndOfDayUtc(day));
        var missing = await db.Cases.AsNoTracking()
            .Where(c => c.RatedAtUtc >= from && c.RatedAtUtc < to && c.LeadAssignmentId != null
                && !db.FirstContacts.Any(k => k.AssignmentId == c.LeadAssignmentId))
            .Select(c => new { c.CaseId, AssignmentId = c.LeadAssignmentId!.Value })
            .ToListAsync(cancellationToken);
        if (missing.Count == 0)
            return;
        var onTime = (await handling.ContactFactsAsync(missing.Select(m => m.CaseId), cancellationToken))
            .Where(f => f.ContactedOnTime).Select(f => f.CaseId).ToHashSet();
        db.FirstContacts.AddRange(missing.Where(m => onTime.Contains(m.CaseId))
            .Select(m => new FirstContact { AssignmentId = m.AssignmentId, CaseId = m.CaseId, OnTime = true }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The China days whose counts the pending save of <paramref name="db"/> may change: a revisit case's rating day
    /// before and after, and the rating day of a case whose attempt, follow-up or first contact is saved.
    /// </summary>
    public static async Task<IReadOnlyCollection<DateOnly>> DaysTouchedAsync(EvaluationDbContext db, CancellationToken cancellationToken)
    {
        var days = new HashSet<DateOnly>();
        var tracked = new Dictionary<Guid, DateTime?>();
        var cases = new HashSet<Guid>();
        var assignments = new HashSet<Guid>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is RevisitCase c)
            {
                tracked[c.CaseId] = c.RatedAtUtc;
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                    Add(days, (DateTime?)entry.Property(nameof(RevisitCase.RatedAtUtc)).OriginalValue);
                if (entry.State is EntityState.Added or EntityState.Modified)
                    Add(days, c.RatedAtUtc);
                continue;
            }
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            switch (entry.Entity)
            {
                case RevisitAttempt a: cases.Add(a.CaseId); break;
                case DissatisfactionFollowUp f: cases.Add(f.CaseId); break;
                case FirstContact k: assignments.Add(k.AssignmentId); break;
            }
        }
        foreach (var id in cases.Where(tracked.ContainsKey))
            Add(days, tracked[id]);
        var untracked = cases.Where(id => !tracked.ContainsKey(id)).ToList();
        if (untracked.Count > 0 || assignments.Count > 0)
        {
            var rated = await db.Cases.AsNoTracking()
                .Where(c => c.RatedAtUtc != null && (untracked.Contains(c.CaseId) || assignments.Contains(c.LeadAssignmentId!.Value)))
                .Select(c => c.RatedAtUtc).ToListAsync(cancellationToken);
            foreach (var at in rated)
                Add(days, at);
        }
        return days;
    }

    private static void Add(HashSet<DateOnly> days, DateTime? atUtc)
    {
        if (atUtc is { } at)
            days.Add(ChinaTime.DateOf(at));
    }
}
