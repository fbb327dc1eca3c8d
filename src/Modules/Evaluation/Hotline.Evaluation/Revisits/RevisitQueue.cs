using Hotline.Platform.Calendar;
using Hotline.Platform.Organization;

namespace Hotline.Evaluation.Revisits;

internal sealed record RevisitQueueRow(
    Guid CaseId,
    string CaseNumber,
    RevisitState State,
    int Round,
    bool IntakeOnly,
    bool CallerDeclinedCallback,
    ReplyResult? ReplyResult,
    DateTime? RepliedAtUtc,
    DateTime DueUtc,
    DueState Due,
    string? LeadUnitName,
    int Attempts);

internal sealed record RevisitTodayCounts(int DueToday, int Overdue, int FollowUps, int AwaitingSupervisor);

/// <summary>The agents' revisit queue: cases waiting for a revisit or for the follow-up of a dissatisfied rating, oldest due first.</summary>
internal sealed class RevisitQueue(
    IDbContextFactory<EvaluationDbContext> contexts,
    AccessGate gate,
    IUnitDirectory units,
    IWorkingCalendar calendar,
    TimeProvider clock)
{
    public static readonly RevisitState[] Waiting = [RevisitState.AwaitingRevisit, RevisitState.FollowUp];

    public async Task<(IReadOnlyList<RevisitQueueRow> Rows, int Total)> ListAsync(RevisitState? state, string? number, int page, int pageSize,
        CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(EvaluationRoles.Revisitors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Cases.AsNoTracking().Where(c => Waiting.Contains(c.State));
        if (state is { } st)
            query = query.Where(c => c.State == st);
        if (!string.IsNullOrWhiteSpace(number))
        {
            var n = number.Trim().ToUpperInvariant();
            query = query.Where(c => c.CaseNumber.Contains(n));
        }
        var total = await query.CountAsync(cancellationToken);
        var cases = await query.OrderBy(c => c.RevisitDueUtc).ThenBy(c => c.CaseNumber)
            .Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var ids = cases.Select(c => c.CaseId).ToList();
        var attempts = await db.Attempts.AsNoTracking().Where(a => ids.Contains(a.CaseId))
            .GroupBy(a => new { a.CaseId, a.Round }).Select(g => new { g.Key.CaseId, g.Key.Round, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var unitNames = (await units.GetUnitsAsync(cases.Where(c => c.LeadUnitId != null).Select(c => c.LeadUnitId!.Value).Distinct(), cancellationToken))
            .ToDictionary(u => u.Id, u => u.Name);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = new List<RevisitQueueRow>(cases.Count);
        foreach (var c in cases)
        {
            rows.Add(new RevisitQueueRow(c.CaseId, c.CaseNumber, c.State, c.Round, c.IntakeOnly, c.CallerDeclinedCallback, c.ReplyResult, c.RepliedAtUtc, c.RevisitDueUtc,
                await DueLights.ComputeAsync(calendar, now, c.RevisitDueUtc, cancellationToken),
                c.LeadUnitId is { } u ? unitNames.GetValueOrDefault(u) : null,
                attempts.FirstOrDefault(a => a.CaseId == c.CaseId && a.Round == c.Round)?.Count ?? 0));
        }
        return (rows, total);
    }

    /// <summary>For the agents' home page: revisits due today (China day), overdue ones, follow-ups and supervisor decisions pending.</summary>
    public async Task<RevisitTodayCounts> TodayAsync(CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(EvaluationRoles.Revisitors);
        var now = clock.GetUtcNow().UtcDateTime;
        var endOfToday = ChinaTime.EndOfDayUtc(ChinaTime.DateOf(now));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = db.Cases.AsNoTracking().Where(c => c.State == RevisitState.AwaitingRevisit);
        return new RevisitTodayCounts(
            await waiting.CountAsync(c => c.RevisitDueUtc > now && c.RevisitDueUtc <= endOfToday, cancellationToken),
            await waiting.CountAsync(c => c.RevisitDueUtc <= now, cancellationToken),
            await db.Cases.CountAsync(c => c.State == RevisitState.FollowUp, cancellationToken),
            await db.Cases.CountAsync(c => c.State == RevisitState.AwaitingSupervisor, cancellationToken));
    }
}
