using Hotline.Platform;
using Hotline.Platform.Admin.Notifications;
using Hotline.Platform.Identity;
using Hotline.Platform.Notifications;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Messaging;

/// <summary>Notifications are queued in the caller's transaction and handed to the sender of their channel afterwards.</summary>
public abstract class NotificationTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private NotificationProcessor Processor => app.Service<NotificationProcessor>();

    [Fact]
    public async Task An_sms_queued_in_a_committed_transaction_is_recorded_as_sent_by_the_recording_sender()
    {
        var title = "受理回执" + Guid.NewGuid().ToString("N")[..8];
        // MariaDB's retrying strategy only allows a user transaction run as one retriable unit.
        var id = await Probe.WithDbAsync(app.Services, db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var queued = db.QueueNotification(NotificationChannel.Sms, "13900001111", title, "您的诉求已受理。", app.Clock);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return queued.Id;
        }));
        Assert.Equal(NotificationStatus.Pending, (await LoadAsync(id)).Status);

        await Processor.ProcessBatchAsync(CancellationToken.None);

        var sent = await LoadAsync(id);
        Assert.Equal(NotificationStatus.Sent, sent.Status);
        Assert.Equal(RecordingSmsSender.SenderName, sent.SentBy);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, sent.SentAtUtc);
        Assert.Equal("13900001111", sent.Recipient);
    }

    [Fact]
    public async Task Two_batches_at_once_send_a_pending_sms_once()
    {
        var phone = "1390000" + Random.Shared.Next(1000, 9999);
        await Probe.WithDbAsync(app.Services, async db =>
        {
            db.QueueNotification(NotificationChannel.Sms, phone, "受理回执", "您的诉求已受理。", app.Clock);
            return await db.SaveChangesAsync();
        });

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Processor.ProcessBatchAsync(CancellationToken.None))));

        Assert.Single(app.Service<RecordedSms>().To(phone));
    }

    [Fact]
    public async Task A_rolled_back_transaction_queues_nothing()
    {
        var title = "回滚" + Guid.NewGuid().ToString("N")[..8];
        await Probe.WithDbAsync(app.Services, db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.QueueNotification(NotificationChannel.Sms, "13900002222", title, "不应发出", app.Clock);
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
            return true;
        }));
        await Processor.ProcessBatchAsync(CancellationToken.None);
        Assert.Equal(0, await Probe.WithDbAsync(app.Services, db => db.Notifications.CountAsync(n => n.Title == title)));
    }

    [Fact]
    public async Task An_in_app_message_reaches_the_inbox_only_once_sent_and_open_badges_are_told_after_the_commit()
    {
        var agentId = await UserIdAsync("agent");
        var inbox = app.Service<InAppInbox>();
        var title = "新工单" + Guid.NewGuid().ToString("N")[..8];
        await Processor.ProcessBatchAsync(CancellationToken.None); // what other facts left pending goes first
        var unreadBefore = await inbox.UnreadCountAsync(agentId);

        // An open badge re-reads the inbox when its topic fires; it must find the message then.
        var seenByBadge = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = app.Service<LiveUpdates>().Subscribe(LiveTopics.Inbox(agentId), async () =>
        {
            if ((await inbox.LatestAsync(agentId)).Any(n => n.Title == title))
                seenByBadge.TrySetResult();
        });

        await Probe.WithDbAsync(app.Services, async db =>
        {
            db.QueueNotification(NotificationChannel.InApp, agentId, title, "请及时处理。", app.Clock, link: "/");
            return await db.SaveChangesAsync();
        });
        Assert.Equal(unreadBefore, await inbox.UnreadCountAsync(agentId)); // queued, not delivered yet

        await Processor.ProcessBatchAsync(CancellationToken.None);

        await seenByBadge.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(unreadBefore + 1, await inbox.UnreadCountAsync(agentId));
        var latest = Assert.Single(await inbox.LatestAsync(agentId), n => n.Title == title);
        Assert.Equal(InAppSender.SenderName, latest.SentBy);
        await inbox.MarkAllReadAsync(agentId);
        Assert.Equal(0, await inbox.UnreadCountAsync(agentId));
    }

    [Fact]
    public async Task A_failing_sender_is_retried_later_not_at_once_and_parked_after_max_attempts()
    {
        var title = "无发送器" + Guid.NewGuid().ToString("N")[..8];
        // A channel value no sender handles stands in for a broken gateway.
        var id = await Probe.WithDbAsync(app.Services, async db =>
        {
            var queued = db.QueueNotification((NotificationChannel)99, "13900003333", title, "测试", app.Clock);
            await db.SaveChangesAsync();
            return queued.Id;
        });

        await Processor.ProcessBatchAsync(CancellationToken.None);
        Assert.Equal((NotificationStatus.Pending, 1), Summary(await LoadAsync(id)));
        await Processor.ProcessBatchAsync(CancellationToken.None);
        Assert.Equal((NotificationStatus.Pending, 1), Summary(await LoadAsync(id))); // not due yet

        for (var attempt = 2; attempt <= NotificationProcessor.MaxAttempts; attempt++)
        {
            app.Clock.Advance(NotificationRetry.DelayAfter(attempt - 1));
            await Processor.ProcessBatchAsync(CancellationToken.None);
            Assert.Equal(attempt, (await LoadAsync(id)).Attempts);
        }
        var failed = await LoadAsync(id);
        Assert.Equal(NotificationStatus.Failed, failed.Status);
        Assert.Contains("No sender", failed.LastError);
    }

    [Fact]
    public async Task An_admin_retry_sends_a_failed_notification_and_is_audited()
    {
        var id = await AddAsync(NotificationChannel.Sms, "13900004444", "失败短信", NotificationStatus.Failed, attempts: 5, error: "网关超时");

        await app.AsUserAsync("admin", sp => sp.GetRequiredService<NotificationAdmin>().RetryAsync(id));
        Assert.Equal((NotificationStatus.Pending, 0), Summary(await LoadAsync(id)));
        Assert.Equal(1, await AuditCountAsync("重试发送消息", id));

        await Processor.ProcessBatchAsync(CancellationToken.None);
        Assert.Equal(NotificationStatus.Sent, (await LoadAsync(id)).Status);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("admin", sp => sp.GetRequiredService<NotificationAdmin>().RetryAsync(id)));
        Assert.Equal("只有发送失败的消息可以重试。", refused.Message);
    }

    [Fact]
    public async Task The_list_masks_phone_numbers_and_revealing_one_is_audited_without_the_number()
    {
        var title = "掩码" + Guid.NewGuid().ToString("N")[..8];
        var id = await AddAsync(NotificationChannel.Sms, "13812341234", title, NotificationStatus.Sent);

        var row = await app.AsUserAsync("admin", async sp =>
            Assert.Single((await sp.GetRequiredService<NotificationAdmin>().SearchAsync(new NotificationFilter(), 0, 200)).Items, r => r.Title == title));
        Assert.Equal("138****1234", row.Recipient);
        Assert.Equal(0, await AuditCountAsync(NotificationAdmin.RevealAction, id));

        var full = await app.AsUserAsync("admin", sp => sp.GetRequiredService<NotificationAdmin>().RevealRecipientAsync(id));
        Assert.Equal("13812341234", full);
        var entry = await Probe.WithDbAsync(app.Services, db => db.AuditLog.SingleAsync(a => a.Action == NotificationAdmin.RevealAction && a.ObjectId == id.ToString()));
        Assert.Equal("admin", entry.UserName);
        Assert.DoesNotContain("13812341234", entry.Detail);
        Assert.Contains("138****1234", entry.Detail);
    }

    [Fact]
    public async Task The_list_filters_by_channel_status_recipient_and_china_date_range()
    {
        var agentId = await UserIdAsync("agent");
        var tag = Guid.NewGuid().ToString("N")[..8];
        // 2026-11-24 23:59 and 2026-11-25 00:00 China time straddle the day boundary.
        var lateOn24th = new DateTime(2026, 11, 24, 15, 59, 0, DateTimeKind.Utc);
        var startOf25th = new DateTime(2026, 11, 24, 16, 0, 0, DateTimeKind.Utc);
        var sms = await AddAsync(NotificationChannel.Sms, "13955556666", "筛选" + tag, NotificationStatus.Sent, createdAtUtc: lateOn24th);
        var inApp = await AddAsync(NotificationChannel.InApp, agentId, "筛选" + tag, NotificationStatus.Pending, createdAtUtc: startOf25th);

        await app.AsUserAsync("admin", async sp =>
        {
            var admin = sp.GetRequiredService<NotificationAdmin>();
            async Task<IReadOnlyList<Guid>> Ids(NotificationFilter filter) =>
                (await admin.SearchAsync(filter, 0, 200)).Items.Where(r => r.Title == "筛选" + tag).Select(r => r.Id).ToList();

            Assert.Equal([inApp, sms], await Ids(new NotificationFilter())); // newest first
            Assert.Equal([sms], await Ids(new NotificationFilter { Channel = NotificationChannel.Sms }));
            Assert.Equal([inApp], await Ids(new NotificationFilter { Status = NotificationStatus.Pending }));
            Assert.Equal([sms], await Ids(new NotificationFilter { Recipient = "139-5555-6666" }));
            // A fragment of a number is refused: matching it would spell out any number a digit at a time.
            var fragment = await Assert.ThrowsAsync<BusinessRuleException>(() => admin.SearchAsync(new NotificationFilter { Recipient = "55556666" }, 0, 200));
            Assert.Equal(NotificationAdmin.WholeNumberMessage, fragment.Message);
            Assert.Equal([inApp], await Ids(new NotificationFilter { Recipient = "AGENT" })); // account name, any case
            Assert.Equal([inApp], await Ids(new NotificationFilter { From = new DateOnly(2026, 11, 25), To = new DateOnly(2026, 11, 25) }));
            Assert.Equal([sms], await Ids(new NotificationFilter { From = new DateOnly(2026, 11, 24), To = new DateOnly(2026, 11, 24) }));

            var named = Assert.Single((await admin.SearchAsync(new NotificationFilter { Channel = NotificationChannel.InApp }, 0, 200)).Items, r => r.Id == inApp);
            Assert.Contains("agent", named.Recipient);
            Assert.DoesNotContain(agentId, named.Recipient);
        });
        Assert.Equal(1, await Probe.WithDbAsync(app.Services, db => db.AuditLog.CountAsync(a =>
            a.Action == NotificationAdmin.PhoneSearchAction && a.ObjectId == "139****6666" && a.UserName == "admin")));
    }

    private static (NotificationStatus, int) Summary(Notification n) => (n.Status, n.Attempts);

    private Task<Notification> LoadAsync(Guid id) =>
        Probe.WithDbAsync(app.Services, db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id));

    private Task<int> AuditCountAsync(string action, Guid id) =>
        Probe.WithDbAsync(app.Services, db => db.AuditLog.CountAsync(a => a.Action == action && a.ObjectId == id.ToString()));

    private Task<string> UserIdAsync(string userName) => app.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName))!.Id);

    private Task<Guid> AddAsync(NotificationChannel channel, string recipient, string title, NotificationStatus status,
        int attempts = 0, string? error = null, DateTime? createdAtUtc = null) => Probe.WithDbAsync(app.Services, async db =>
    {
        var notification = new Notification
        {
            Channel = channel, Recipient = recipient, Title = title, Body = "测试内容", Status = status, Attempts = attempts, LastError = error,
            CreatedAtUtc = createdAtUtc ?? app.Clock.GetUtcNow().UtcDateTime,
            SentAtUtc = status == NotificationStatus.Sent ? app.Clock.GetUtcNow().UtcDateTime : null,
        };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    });
}

public sealed class SqliteNotificationTests(SqliteQuietApp app) : NotificationTests<SqliteQuietApp>(app), IClassFixture<SqliteQuietApp>;

public sealed class MariaDbNotificationTests(MariaDbQuietApp app) : NotificationTests<MariaDbQuietApp>(app), IClassFixture<MariaDbQuietApp>;
