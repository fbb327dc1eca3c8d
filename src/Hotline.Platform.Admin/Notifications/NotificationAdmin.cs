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
    public const string PhoneSearchAction = "按手机号查询短信";
    public const string WholeNumberMessage = "按手机号查询请输入完整的 11 位手机号；查站内消息请输入用户名或姓名。";

    /// <summary>One page of notifications, newest first.</summary>
    public async Task<PagedRows<NotificationRow>> SearchAsync(NotificationFilter filter, int pageIndex, int pageSize,
        CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
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
            var text = filter.Recipient.Trim();
            if (WholeMobile(text) is { } mobile)
            {
                // Only a whole number, and on record: matching fragments would spell out any number a digit at a time.
                query = query.Where(n => n.Channel == NotificationChannel.Sms && n.Recipient == mobile);
                db.Audit(actor, clock, PhoneSearchAction, ObjectType, PhoneMask.Mask(mobile));
                await db.SaveChangesAsync(cancellationToken);
            }
            else if (text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+'))
                throw new BusinessRuleException(WholeNumberMessage);
            else
            {
                // In-app recipients are user ids: match the people by account or display name.
                var userIds = await staff.MatchingAsync(text, cancellationToken);
                query = query.Where(n => n.Channel == NotificationChannel.InApp && userIds.Contains(n.Recipient));
            }
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

    /// <summary>An 11-digit mainland mobile, with or without +86, spaces or dashes; null for anything else.</summary>
    private static string? WholeMobile(string text)
    {
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (text.StartsWith('+') && digits.StartsWith("86"))
            digits = digits[2..];
        return digits.Length == 11 && digits[0] == '1' && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+') ? digits : null;
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
