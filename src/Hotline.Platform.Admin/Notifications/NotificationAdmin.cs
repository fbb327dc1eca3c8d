using Hotline.Platform.Admin.Audit;
using Hotline.Platform.Auditing;
using Hotline.Platform.Identity;
using Hotline.Platform.Notifications;

namespace Hotline.Platform.Admin.Notifications;

/// <summary>
/// The notification table for administrators. Phone numbers leave this service masked; the full
/// number is only returned by <see cref="RevealRecipientAsync"/>, which audits the reveal.
/// </summary>
internal sealed class NotificationAdmin(AdminGuard guard, IDbContextFactory<PlatformDbContext> contexts, IStaffDirectory staff, TimeProvider clock)
{
    public const string ObjectType = "Notification";
    public const string RevealAction = "查看手机号";

    /// <summary>One page of notifications, newest first.</summary>
    public async Task<PagedRows<NotificationRow>> SearchAsync(NotificationFilter filter, int pageIndex, int pageSize,
        CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        if (filter.From is { } from && filter.To is { } to && from > to)
            throw new BusinessRuleException("开始日期不能晚于结束日期。");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Notifications.AsNoTracking();
        if (filter.Channel is { } channel)
            query = query.Where(n => n.Channel == channel);
        if (filter.Status is { } status)
            query = query.Where(n => n.Status == status);
        if (filter.FromUtc is { } fromUtc)
            query = query.Where(n => n.CreatedAtUtc >= fromUtc);
        if (filter.BeforeUtc is { } beforeUtc)
            query = query.Where(n => n.CreatedAtUtc < beforeUtc);
        if (!string.IsNullOrWhiteSpace(filter.Recipient))
        {
            // In-app recipients are user ids: match the people by account or display name instead.
            var pattern = TextSearch.ContainsPattern(filter.Recipient);
            var userIds = await staff.MatchingAsync(filter.Recipient, cancellationToken);
            query = query.Where(n => EF.Functions.Like(n.Recipient, pattern, TextSearch.Escape)
                || (n.Channel == NotificationChannel.InApp && userIds.Contains(n.Recipient)));
        }

        var total = await query.CountAsync(cancellationToken);
        var (skip, take) = PagedRows<NotificationRow>.Window(pageIndex, pageSize);
        var page = await query.OrderByDescending(n => n.CreatedAtUtc).ThenBy(n => n.Id)
            .Skip(skip).Take(take).ToListAsync(cancellationToken);

        var inAppIds = page.Where(n => n.Channel == NotificationChannel.InApp).Select(n => n.Recipient).Distinct().ToList();
        var names = await staff.AccountsAsync(inAppIds, cancellationToken);
        var rows = page.Select(n => new NotificationRow(
            n.Id, n.Channel,
            n.Channel == NotificationChannel.Sms ? PhoneMask.Mask(n.Recipient) : names.TryGetValue(n.Recipient, out var person) ? person.ToString() : n.Recipient,
            n.Title, SecretMask.Mask(n.Body), n.CreatedAtUtc, n.SentAtUtc, n.SentBy, n.Status, n.Attempts, n.LastError, n.ReadAtUtc)).ToList();
        return new PagedRows<NotificationRow>(rows, total);
    }

    /// <summary>The full phone number of an SMS; the reveal is audited before the number is returned.</summary>
    public async Task<string> RevealRecipientAsync(Guid notificationId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notification = await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == notificationId, cancellationToken)
            ?? throw new BusinessRuleException("该消息不存在。");
        if (notification.Channel != NotificationChannel.Sms)
            throw new BusinessRuleException("站内消息的接收人是系统用户，没有需要显示的手机号。");
        // The entry names the message and the masked number; the log itself must not spread the full number.
        db.Audit(actor, clock, RevealAction, ObjectType, notification.Id.ToString(),
            $"短信接收号码 {PhoneMask.Mask(notification.Recipient)}");
        await db.SaveChangesAsync(cancellationToken);
        return notification.Recipient;
    }

    /// <summary>Puts a failed notification back in the queue with a fresh set of attempts.</summary>
    public async Task RetryAsync(Guid notificationId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == notificationId, cancellationToken)
            ?? throw new BusinessRuleException("该消息不存在。");
        if (notification.Status != NotificationStatus.Failed)
            throw new BusinessRuleException("只有发送失败的消息可以重试。");
        var previousAttempts = notification.Attempts;
        notification.Status = NotificationStatus.Pending;
        notification.Attempts = 0;
        db.Audit(actor, clock, "重试发送消息", ObjectType, notification.Id.ToString(),
            $"{NotificationText.Channel(notification.Channel)}：{notification.Title}，此前已尝试 {previousAttempts} 次");
        await db.SaveChangesAsync(cancellationToken);
    }
}
