using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
using Microsoft.EntityFrameworkCore;
using Hotline.Handling.Deadlines;

namespace Hotline.Handling.Facts;

/// <summary>
/// Deadline facts for supervision and assessment. Assignments ended by a return or reassignment are left
/// out (Dispatch counts returns); a step counts as on time only when it was done by its deadline.
/// </summary>
internal sealed class HandlingFacts(IDbContextFactory<HandlingDbContext> contexts, TimeProvider clock) : IHandlingFacts
{
    public async Task<IReadOnlyList<UnitHandlingFacts>> PerUnitAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.DispatchedAtUtc >= fromUtc && a.DispatchedAtUtc < toUtc && a.Status != HandlingStatus.Ended)
            .Select(a => new
            {
                a.UnitId, a.Role, a.CallerReachable, a.Status, a.SignedAtUtc, a.SignedLate, a.ContactedOnTime,
                a.RepliedAtUtc, a.RepliedOnTime, a.Extended, a.RedoRound, a.CompletionDueUtc,
            })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return rows.GroupBy(r => r.UnitId).Select(g => new UnitHandlingFacts(
            g.Key,
            Assignments: g.Count(),
            Signed: g.Count(r => r.SignedAtUtc is not null),
            SignedOnTime: g.Count(r => r.SignedAtUtc is not null && !r.SignedLate),
            ContactRequired: g.Count(r => r.Role == AssignmentRole.Lead && r.CallerReachable),
            ContactedOnTime: g.Count(r => r.Role == AssignmentRole.Lead && r.CallerReachable && r.ContactedOnTime == true),
            Replied: g.Count(r => r.RepliedAtUtc is not null),
            RepliedOnTime: g.Count(r => r.RepliedOnTime == true),
            Extended: g.Count(r => r.Extended),
            Redone: g.Count(r => r.RedoRound > 0),
            // Late reply, or still owing one past the deadline.
            Overdue: g.Count(r => r.RepliedOnTime == false
                || r.RepliedAtUtc is null && AssignmentDeadlines.IsOpen(r.Status) && r.CompletionDueUtc <= now)))
            .OrderBy(f => f.UnitId)
            .ToList();
    }

    public async Task<IReadOnlyList<AssignmentFact>> ForUnitAsync(Guid unitId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.UnitId == unitId && a.DispatchedAtUtc >= fromUtc && a.DispatchedAtUtc < toUtc && a.Status != HandlingStatus.Ended)
            .OrderBy(a => a.DispatchedAtUtc)
            .Select(a => new { a.CaseId, a.Role, a.CallerReachable, a.SignedAtUtc, a.SignedLate, a.ContactedOnTime, a.RepliedAtUtc, a.RepliedOnTime, a.Extended, a.RedoRound })
            .ToListAsync(cancellationToken);
        // The same rules as PerUnitAsync, so a list always adds up to its figure.
        return rows.Select(r => new AssignmentFact(r.CaseId, r.Role == AssignmentRole.Lead, r.Role == AssignmentRole.Lead && r.CallerReachable,
            r.SignedAtUtc is not null && !r.SignedLate, r.Role == AssignmentRole.Lead && r.CallerReachable && r.ContactedOnTime == true,
            r.RepliedAtUtc is not null, r.RepliedOnTime == true, r.Extended, r.RedoRound > 0)).ToList();
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
