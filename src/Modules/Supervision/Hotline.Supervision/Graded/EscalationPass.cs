using Hotline.Platform.Calendar;

namespace Hotline.Supervision.Graded;

/// <summary>
/// The escalation rules at work: a reminder still unanswered some working days after its response deadline becomes a
/// written notice, a notice the same way goes to the county office. Each supervision is raised in its own save (it may
/// take a notice number), so a pass repeated after a restart finds it already raised and leaves it.
/// </summary>
internal sealed class EscalationPass(SupervisionDbContext db, SupervisionLevers levers, SupervisionSettingsService settings,
    IWorkingCalendar calendar, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var s = await settings.GetAsync(ct);
        if (!s.EscalateAutomatically)
            return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var late = await db.Supervisions.AsNoTracking()
            .Where(x => x.Status == SupervisionStatus.Open && x.Level != SupervisionLevel.Leader && x.ResponseDueUtc < now)
            .Select(x => new { x.Id, x.Level, x.ResponseDueUtc })
            .ToListAsync(ct);
        var raised = 0;
        var work = new SupervisionWork(db) { Settings = s };
        foreach (var row in late)
        {
            var grace = row.Level == SupervisionLevel.Reminder ? s.EscalateToNoticeAfterWorkingDays : s.EscalateToLeaderAfterWorkingDays;
            if ((await calendar.DueAfterWorkingDaysAsync(row.ResponseDueUtc, grace, ct)).DueUtc > now)
                continue;
            var to = row.Level + 1;
            try
            {
                var done = await NumberedSave.RunAsync(db, async () =>
                {
                    var supervision = await db.Supervisions.FirstAsync(x => x.Id == row.Id, ct);
                    if (supervision.Status != SupervisionStatus.Open || supervision.Level != row.Level)
                        return false;
                    await levers.RaiseAsync(work, supervision, to, null, null, StaffName.System, ct, byRule: true);
                    return true;
                }, ct);
                raised += done ? 1 : 0;
            }
            catch (BusinessRuleException)
            {
                // Someone acted on it meanwhile (the unit responded, a Supervisor raised it): the next pass sees the new state.
            }
            db.ChangeTracker.Clear();
        }
        return raised;
    }
}
