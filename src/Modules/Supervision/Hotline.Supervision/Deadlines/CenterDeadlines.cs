using Hotline.Platform.Calendar;

namespace Hotline.Supervision.Deadlines;

/// <summary>
/// The center's own deadlines (延期审批, 退单审核, 回访): counted in working days from the request or the reply by the
/// limits in the settings, and held by the center unit, so they show on the Supervisor's board without ever turning
/// into a supervision of a member unit.
/// </summary>
internal sealed class CenterDeadlines(DeadlineWatchSettingsService settings, IWorkingCalendar calendar, IUnitDirectory units, ICaseDirectory cases)
{
    public async Task StartAsync(SupervisionDbContext db, Guid caseId, string? caseNumber, Guid assignmentId, WatchedDeadlineKind kind, DateTime fromUtc,
        CancellationToken ct)
    {
        var s = await settings.GetAsync(ct);
        var days = kind switch
        {
            WatchedDeadlineKind.ExtensionDecision => s.ExtensionDecisionWorkingDays,
            WatchedDeadlineKind.ReturnReview => s.ReturnReviewWorkingDays,
            WatchedDeadlineKind.Revisit => s.RevisitWorkingDays,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a center deadline"),
        };
        var due = (await calendar.DueAfterWorkingDaysAsync(fromUtc, days, ct)).DueUtc;
        var row = await db.Deadlines.FirstOrDefaultAsync(x => x.AssignmentId == assignmentId && x.Kind == kind, ct);
        if (row is not null)
        {
            // A second reply after a redo, or a new request on the same assignment: the step runs again.
            row.Move(due);
            return;
        }
        caseNumber ??= await db.Deadlines.Where(x => x.CaseId == caseId && x.CaseNumber != "").Select(x => x.CaseNumber).FirstOrDefaultAsync(ct)
            ?? (await cases.GetAsync(caseId, ct))?.CaseNumber ?? "";
        var center = (await units.ActiveUnitsAsync(ct)).FirstOrDefault(u => u.Type == UnitType.Center)?.Id ?? Guid.Empty;
        db.Deadlines.Add(WatchedDeadline.Start(caseId, caseNumber, assignmentId, center, kind, due));
    }
}
