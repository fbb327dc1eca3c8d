using Hotline.Platform.Facts;
using Microsoft.Extensions.Logging;

namespace Hotline.Handling.Facts;

/// <summary>
/// The daily handling facts (<see cref="HandlingDay"/>, by dispatch day): every save of an assignment marks its
/// dispatch day (<see cref="DaysTouched"/>, called by the context's save), a read recomputes the stale days of its period.
/// </summary>
internal sealed class HandlingDays(IDbContextFactory<HandlingDbContext> contexts, ILogger<HandlingDays> log)
    : DailyFactTable<HandlingDbContext, HandlingDay, StaleHandlingDay>(contexts, log)
{
    public override string Name => "办理日统计（签收、联系、答复、延期、重办）";

    /// <summary>Per unit over assignments dispatched in [fromUtc, toUtc): whole China days from the table, the day pieces at either end counted from the assignments.</summary>
    public async Task<IReadOnlyList<HandlingDay>> CountsAsync(HandlingDbContext db, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        var windows = DayWindows.Of(fromUtc, toUtc);
        var parts = new List<HandlingDay>();
        if (windows.HasDays)
        {
            await RefreshAsync(db, windows.FirstDay, windows.EndDay, cancellationToken);
            parts.AddRange(await Days(db, windows.FirstDay, windows.EndDay)
                .GroupBy(d => d.UnitId)
                .Select(g => new HandlingDay
                {
                    UnitId = g.Key, Assignments = g.Sum(d => d.Assignments), Signed = g.Sum(d => d.Signed), SignedOnTime = g.Sum(d => d.SignedOnTime),
                    ContactRequired = g.Sum(d => d.ContactRequired), ContactedOnTime = g.Sum(d => d.ContactedOnTime), Replied = g.Sum(d => d.Replied),
                    RepliedOnTime = g.Sum(d => d.RepliedOnTime), RepliedLate = g.Sum(d => d.RepliedLate), Extended = g.Sum(d => d.Extended), Redone = g.Sum(d => d.Redone),
                })
                .ToListAsync(cancellationToken));
        }
        foreach (var (from, to) in windows.Edges)
            parts.AddRange(await Query(db, from, to).ToListAsync(cancellationToken));
        return parts.GroupBy(p => p.UnitId).Select(g => g.Aggregate(Plus)).ToList();
    }

    /// <summary>The dispatch days of the assignments the pending save of <paramref name="db"/> adds, changes or deletes.</summary>
    public static IReadOnlyCollection<DateOnly> DaysTouched(HandlingDbContext db) =>
        StaleFactDays.DaysTouched<HandlingAssignment>(db, a => a.DispatchedAtUtc);

    protected override async Task<(DateTime? FirstUtc, DateTime? LastUtc)> SpanAsync(HandlingDbContext db, CancellationToken cancellationToken) =>
        (await db.Assignments.MinAsync(a => (DateTime?)a.DispatchedAtUtc, cancellationToken),
         await db.Assignments.MaxAsync(a => (DateTime?)a.DispatchedAtUtc, cancellationToken));

    protected override async Task<IReadOnlyList<HandlingDay>> ComputeAsync(HandlingDbContext db, DateOnly day, CancellationToken cancellationToken) =>
        (await Query(db, ChinaTime.StartOfDayUtc(day), ChinaTime.EndOfDayUtc(day)).ToListAsync(cancellationToken))
            .Select(d => new HandlingDay
            {
                Day = day, UnitId = d.UnitId, Assignments = d.Assignments, Signed = d.Signed, SignedOnTime = d.SignedOnTime,
                ContactRequired = d.ContactRequired, ContactedOnTime = d.ContactedOnTime, Replied = d.Replied, RepliedOnTime = d.RepliedOnTime,
                RepliedLate = d.RepliedLate, Extended = d.Extended, Redone = d.Redone,
            }).ToList();

    /// <summary>Counted in the database, one row per unit, over the assignments dispatched in [fromUtc, toUtc) and not ended by a return or reassignment.</summary>
    private static IQueryable<HandlingDay> Query(HandlingDbContext db, DateTime fromUtc, DateTime toUtc) =>
        db.Assignments.AsNoTracking()
            .Where(a => a.DispatchedAtUtc >= fromUtc && a.DispatchedAtUtc < toUtc && a.Status != HandlingStatus.Ended)
            .GroupBy(a => a.UnitId)
            .Select(g => new HandlingDay
            {
                UnitId = g.Key,
                Assignments = g.Count(),
                Signed = g.Count(a => a.SignedAtUtc != null),
                SignedOnTime = g.Count(a => a.SignedAtUtc != null && !a.SignedLate),
                ContactRequired = g.Count(a => a.Role == AssignmentRole.Lead && a.CallerReachable),
                ContactedOnTime = g.Count(a => a.Role == AssignmentRole.Lead && a.CallerReachable && a.ContactedOnTime == true),
                Replied = g.Count(a => a.RepliedAtUtc != null),
                RepliedOnTime = g.Count(a => a.RepliedOnTime == true),
                RepliedLate = g.Count(a => a.RepliedOnTime == false),
                Extended = g.Count(a => a.Extended),
                Redone = g.Count(a => a.RedoRound > 0),
            });

    private static HandlingDay Plus(HandlingDay a, HandlingDay b) => new()
    {
        UnitId = a.UnitId, Assignments = a.Assignments + b.Assignments, Signed = a.Signed + b.Signed, SignedOnTime = a.SignedOnTime + b.SignedOnTime,
        ContactRequired = a.ContactRequired + b.ContactRequired, ContactedOnTime = a.ContactedOnTime + b.ContactedOnTime, Replied = a.Replied + b.Replied,
        RepliedOnTime = a.RepliedOnTime + b.RepliedOnTime, RepliedLate = a.RepliedLate + b.RepliedLate, Extended = a.Extended + b.Extended, Redone = a.Redone + b.Redone,
    };
}
