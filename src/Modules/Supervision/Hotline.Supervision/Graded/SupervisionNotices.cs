using Hotline.Platform.Notifications;
using Hotline.Platform.Notifications.Sms;

namespace Hotline.Supervision.Graded;

/// <summary>
/// Tells the unit: every active user of the unit through the bell (with a link to the supervision); by SMS the handlers
/// for a reminder, the unit's leaders (UnitManager) for a written or leader's supervision. Queued in the same
/// transaction as the supervision, so a retried change does not notify twice.
/// </summary>
internal sealed class SupervisionNotices(IStaffDirectory directory, SupervisionSettingsService settings, SmsTemplates smsTemplates, TimeProvider clock)
{
    public async Task QueueAsync(SupervisionWork work, CaseSupervision s, CancellationToken ct)
    {
        if (!work.Staff.TryGetValue(s.UnitId, out var staff))
        {
            work.Staff[s.UnitId] = staff = await directory.EnabledInUnitAsync(s.UnitId, ct);
        }
        var subject = s.CaseNumber.Length > 0 ? $"工单 {s.CaseNumber}" : "知识库维护";
        var title = $"{SupervisionText.Level(s.Level)}：{subject}";
        // The problem may run to 2,000 characters; the message carries its start, the link the rest.
        var problem = s.Problem.Length <= 200 ? s.Problem : s.Problem[..200] + "…";
        var due = Hotline.Platform.Time.ChinaTime.Format(s.ResponseDueUtc);
        var body = $"{problem} 请于 {due} 前回复办理措施及结果。";
        foreach (var user in staff)
            work.Db.QueueNotification(NotificationChannel.InApp, user.UserId, title, body, clock, $"/supervision/{s.Id}");

        work.Settings ??= await settings.GetAsync(ct);
        if (s.Level == SupervisionLevel.Reminder && !work.Settings.RemindBySms)
            return;
        var smsRole = s.Level == SupervisionLevel.Reminder ? HotlineRoles.UnitHandler : HotlineRoles.UnitManager;
        if (!work.RoleMembers.TryGetValue(smsRole, out var inRole))
            work.RoleMembers[smsRole] = inRole = (await directory.EnabledInRoleAsync(smsRole, ct)).ToHashSet();
        var recipients = staff.Where(u => inRole.Contains(u.UserId) && !string.IsNullOrWhiteSpace(u.Phone)).ToList();
        if (recipients.Count == 0)
            return;
        var sms = await smsTemplates.RenderAsync(SupervisionSms.Notice.Key,
            new Dictionary<string, string> { ["title"] = title, ["problem"] = problem, ["dueTime"] = due }, ct);
        foreach (var user in recipients)
            work.Db.QueueNotification(NotificationChannel.Sms, user.Phone!, title, sms, clock);
    }
}
