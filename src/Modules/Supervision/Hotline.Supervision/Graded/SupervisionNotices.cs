using Hotline.Platform.Identity;
using Hotline.Platform.Notifications;
using Hotline.Supervision.Contracts;
using Hotline.Supervision.Domain;
using Hotline.Supervision.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Supervision.Graded;

/// <summary>
/// Tells the unit: every active user of the unit through the bell (with a link to the supervision); by SMS the handlers
/// for a reminder, the unit's leaders (UnitManager) for a written or leader's supervision. Queued in the same
/// transaction as the supervision, so a retried change does not notify twice.
/// </summary>
internal sealed class SupervisionNotices(SupervisionDbContext db, UserManager<ApplicationUser> users, SupervisionSettingsService settings,
    TimeProvider clock)
{
    public async Task QueueAsync(CaseSupervision s, CancellationToken ct)
    {
        var staff = await users.Users.Where(u => u.UnitId == s.UnitId && !u.IsDisabled)
            .Select(u => new { u.Id, u.PhoneNumber }).ToListAsync(ct);
        var subject = s.CaseNumber.Length > 0 ? $"工单 {s.CaseNumber}" : "知识库维护";
        var title = $"{SupervisionText.Level(s.Level)}：{subject}";
        var body = $"{s.Problem} 请于 {Hotline.Platform.Time.ChinaTime.Format(s.ResponseDueUtc)} 前回复办理措施及结果。";
        var link = $"/supervision/{s.Id}";
        foreach (var user in staff)
            db.QueueNotification(NotificationChannel.InApp, user.Id, title, body, clock, link);

        if (s.Level == SupervisionLevel.Reminder && !(await settings.GetAsync(ct)).RemindBySms)
            return;
        var smsRole = s.Level == SupervisionLevel.Reminder ? HotlineRoles.UnitHandler : HotlineRoles.UnitManager;
        var inRole = (await users.GetUsersInRoleAsync(smsRole)).Select(u => u.Id).ToHashSet();
        foreach (var user in staff.Where(u => inRole.Contains(u.Id) && !string.IsNullOrWhiteSpace(u.PhoneNumber)))
            db.QueueNotification(NotificationChannel.Sms, user.PhoneNumber!, title, $"【12345热线】{title}，{body}", clock);
    }
}
