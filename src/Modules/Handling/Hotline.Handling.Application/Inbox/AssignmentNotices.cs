using Hotline.Platform.Notifications;

namespace Hotline.Handling.Inbox;

/// <summary>
/// Tells the staff of a unit that a new assignment waits for sign-for, through the shell's bell, with a link
/// straight to the assignment; queued in the handler's transaction so a retried event does not notify twice.
/// </summary>
internal static class AssignmentNotices
{
    public static async Task QueueNewAssignmentAsync(HandlingDbContext db, IStaffDirectory directory, TimeProvider clock,
        HandlingAssignment a, CancellationToken cancellationToken)
    {
        var staff = await directory.EnabledInUnitAsync(a.UnitId, cancellationToken);
        var role = a.Role == AssignmentRole.Lead ? "主办" : "协办";
        foreach (var person in staff)
        {
            db.QueueNotification(NotificationChannel.InApp, person.UserId, $"新派工单：{a.CaseNumber}（{role}）",
                $"请在 {Hotline.Platform.Time.ChinaTime.Format(a.SignForDueUtc)} 前签收。", clock, $"/unit/assignments/{a.Id}");
        }
    }
}
