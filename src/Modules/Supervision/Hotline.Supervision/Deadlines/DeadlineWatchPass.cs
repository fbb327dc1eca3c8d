using Hotline.Platform.Messaging;
using Hotline.Supervision.Graded;

namespace Hotline.Supervision.Deadlines;

/// <summary>
/// One pass of the deadline watch on the application clock: open deadlines inside their warning window
/// are warned, past ones marked overdue, each once (the state change and its event are saved together,
/// so a pass repeated after a restart raises nothing twice). An overdue opens the level-1 reminder in the same save.
/// </summary>
internal sealed class DeadlineWatchPass(SupervisionDbContext context, DeadlineWatchSettingsService settings, AutomaticSupervision automatic,
    TimeProvider clock)
{
    /// <summary>
    /// Runs the pass; when another pass (another node, or an event moving a deadline) changed a row first, the whole pass
    /// is read again and repeated, so each state is raised once, by whichever pass committed it.
    /// </summary>
    public async Task<(int Warned, int Overdue)> RunAsync(CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await PassAsync(ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                context.ChangeTracker.Clear();
            }
        }
    }

    private async Task<(int Warned, int Overdue)> PassAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var s = await settings.GetAsync(ct);
        // A warned deadline changes only when it falls due, and a running one only within its own kind's warning window:
        // reading further ahead would read a whole window's worth of rows on every tick for nothing.
        var rows = await context.Deadlines.Where(x => x.State == DeadlineState.Warned && x.DueUtc <= now).ToListAsync(ct);
        foreach (var window in Enum.GetValues<WatchedDeadlineKind>().GroupBy(s.Threshold))
        {
            var kinds = window.ToList();
            var until = now + window.Key;
            rows.AddRange(await context.Deadlines
                .Where(x => x.State == DeadlineState.Running && kinds.Contains(x.Kind) && x.DueUtc <= until).ToListAsync(ct));
        }
        int warned = 0, overdue = 0;
        var work = new SupervisionWork(context);
        foreach (var row in rows)
        {
            if (row.MarkOverdueIfPast(now))
            {
                overdue++;
                context.Publish(new DeadlineOverdueRaised(row.CaseId, row.AssignmentId, row.UnitId, row.Kind, row.DueUtc, now), clock);
                if (row.IsUnitCaseStep)
                    await automatic.OnOverdueAsync(work, row, ct);
            }
            else if (row.WarnIfNear(now, s.Threshold(row.Kind)))
            {
                warned++;
                context.Publish(new DeadlineWarningRaised(row.CaseId, row.AssignmentId, row.UnitId, row.Kind, row.DueUtc, now), clock);
            }
        }
        await context.SaveChangesAsync(ct);
        return (warned, overdue);
    }
}
