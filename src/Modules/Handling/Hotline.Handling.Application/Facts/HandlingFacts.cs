using Hotline.Handling.Deadlines;

namespace Hotline.Handling.Facts;

/// <summary>
/// Deadline facts for supervision and assessment. Assignments ended by a return or reassignment are left
/// out (Dispatch counts returns); a step counts as on time only when it was done by its deadline.
/// </summary>
internal sealed class HandlingFacts(IDbContextFactory<HandlingDbContext> contexts, HandlingDays days, TimeProvider clock) : IHandlingFacts
{
    /// <summary>Summed from the daily facts; only the open assignments overdue now are counted live (a few thousand, by status).</summary>
    public async Task<IReadOnlyList<UnitHandlingFacts>> PerUnitAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await days.CountsAsync(db, fromUtc, toUtc, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var open = AssignmentDeadlines.Open;
        var overdue = await db.Assignments.AsNoTracking()
            .Where(a => open.Contains(a.Status) && a.RepliedAtUtc == null && a.CompletionDueUtc <= now
                && a.DispatchedAtUtc >= fromUtc && a.DispatchedAtUtc < toUtc)
            .GroupBy(a => a.UnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.UnitId, x => x.Count, cancellationToken);
        return counts
            .Select(d => new UnitHandlingFacts(d.UnitId, d.Assignments, d.Signed, d.SignedOnTime, d.ContactRequired, d.ContactedOnTime,
                d.Replied, d.RepliedOnTime, d.Extended, d.Redone, overdue.GetValueOrDefault(d.UnitId)))
            .OrderBy(f => f.UnitId).ToList();
    }

    public async Task<IReadOnlyList<AssignmentFact>> ForUnitAsync(Guid unitId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.UnitId == unitId && a.DispatchedAtUtc >= fromUtc && a.DispatchedAtUtc < toUtc && a.Status != HandlingStatus.Ended)
            .OrderBy(a => a.DispatchedAtUtc)
            .Select(a => new { a.CaseId, a.Role, a.Status, a.CallerReachable, a.SignedAtUtc, a.SignedLate, a.ContactedOnTime, a.RepliedAtUtc, a.RepliedOnTime,
                a.CompletionDueUtc, a.Extended, a.RedoRound })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        // The same rules as PerUnitAsync, so a list always adds up to its figure.
        return rows.Select(r => new AssignmentFact(r.CaseId, r.Role == AssignmentRole.Lead, r.Role == AssignmentRole.Lead && r.CallerReachable,
            r.SignedAtUtc is not null && !r.SignedLate, r.Role == AssignmentRole.Lead && r.CallerReachable && r.ContactedOnTime == true,
            r.RepliedAtUtc is not null, r.RepliedOnTime == true, r.Extended, r.RedoRound > 0,
            AssignmentDeadlines.Open.Contains(r.Status) && r.RepliedAtUtc is null && r.CompletionDueUtc <= now)).ToList();
    }

    public async Task<IReadOnlyList<CaseContactFact>> ContactFactsAsync(IEnumerable<Guid> caseIds, CancellationToken cancellationToken = default)
    {
        var ids = caseIds.Distinct().ToList();
        if (ids.Count == 0)
            return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var leads = await db.Assignments.AsNoTracking()
            .Where(a => ids.Contains(a.CaseId) && a.Role == AssignmentRole.Lead && a.ParentAssignmentId == null)
            .Select(a => new { a.CaseId, a.UnitId, a.CallerReachable, a.ContactedOnTime, a.Status, a.DispatchedAtUtc })
            .ToListAsync(cancellationToken);
        // After a reassignment the case has several lead assignments: the one still on record (not ended), else the latest.
        return leads.GroupBy(a => a.CaseId)
            .Select(g => g.OrderBy(a => a.Status == HandlingStatus.Ended).ThenByDescending(a => a.DispatchedAtUtc).First())
            .Select(a => new CaseContactFact(a.CaseId, a.UnitId, a.CallerReachable, a.ContactedOnTime == true))
            .ToList();
    }
}
