using Hotline.Platform.Calendar;
using Hotline.Platform.Messaging;

namespace Hotline.Supervision.Graded;

/// <summary>
/// What every path into graded supervision shares (the Supervisor's hand, an overdue deadline, the escalation rules):
/// the response deadline in working days, the notice number at the written level, the unit's notifications and the
/// event — all in the caller's unit of work, saved together.
/// </summary>
internal sealed class SupervisionLevers(SupervisionSettingsService settings, IWorkingCalendar calendar, SupervisionNotices notices, ICaseDirectory cases,
    TimeProvider clock)
{
    public async Task<CaseSupervision> OpenAsync(SupervisionWork work, SupervisionSubject subject, SupervisionLevel level, SupervisionTrigger trigger,
        string problem, string requirement, string actor, string? instruction = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await ResponseDueAsync(work, level, now, ct);
        // The Supervisor's desk already read the case; the automatic paths know only its id.
        if (subject is { CaseId: { } caseId, AreaId: null } && await cases.GetAsync(caseId, ct) is { } summary)
            subject = subject with { AreaId = summary.AreaId, CategoryId = summary.CategoryId };
        var supervision = CaseSupervision.Open(subject, level, trigger, problem, requirement, due, actor, now, instruction);
        work.Db.Supervisions.Add(supervision);
        await AfterRaiseAsync(work, supervision, now, ct);
        return supervision;
    }

    public async Task RaiseAsync(SupervisionWork work, CaseSupervision supervision, SupervisionLevel to, string? requirement, string? instruction, string actor,
        CancellationToken ct = default, bool byRule = false)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        supervision.Escalate(to, requirement, instruction, await ResponseDueAsync(work, to, now, ct), actor, now, byRule);
        await AfterRaiseAsync(work, supervision, now, ct);
    }

    private async Task AfterRaiseAsync(SupervisionWork work, CaseSupervision supervision, DateTime now, CancellationToken ct)
    {
        if (supervision.Level >= SupervisionLevel.Notice && supervision.NoticeSerial is null)
        {
            var year = Hotline.Platform.Time.ChinaTime.ToChina(now).Year;
            supervision.Number(year, await NextSerialAsync(work.Db, year, ct));
        }
        await notices.QueueAsync(work, supervision, ct);
        work.Db.Publish(new SupervisionRaised(supervision.Id, supervision.CaseId, supervision.UnitId, supervision.Level, supervision.Trigger, now), clock);
    }

    public async Task<DateTime> ResponseDueAsync(SupervisionWork work, SupervisionLevel level, DateTime fromUtc, CancellationToken ct = default)
    {
        var s = work.Settings ??= await settings.GetAsync(ct);
        var days = level switch
        {
            SupervisionLevel.Reminder => s.ReminderResponseWorkingDays,
            SupervisionLevel.Notice => s.NoticeResponseWorkingDays,
            _ => s.LeaderResponseWorkingDays,
        };
        return (await calendar.DueAfterWorkingDaysAsync(fromUtc, days, ct)).DueUtc;
    }

    /// <summary>
    /// The next number of the year. Two Supervisors numbering at once may read the same maximum; the unique index
    /// refuses the second save and <see cref="NumberedSave"/> retries it with a fresh number.
    /// </summary>
    private static async Task<int> NextSerialAsync(SupervisionDbContext db, int year, CancellationToken ct)
    {
        var saved = await db.Supervisions.Where(x => x.NoticeYear == year).MaxAsync(x => x.NoticeSerial, ct) ?? 0;
        var pending = db.ChangeTracker.Entries<CaseSupervision>()
            .Where(e => e.State == EntityState.Added || e.State == EntityState.Modified)
            .Select(e => e.Entity).Where(x => x.NoticeYear == year).Max(x => x.NoticeSerial) ?? 0;
        return Math.Max(saved, pending) + 1;
    }
}
