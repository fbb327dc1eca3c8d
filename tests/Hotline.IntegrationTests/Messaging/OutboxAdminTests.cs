using Hotline.Platform;
using Hotline.Platform.Admin.Events;
using Hotline.Platform.Messaging;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Messaging;

/// <summary>The events page's service: counts, filtered list, retries (audited).</summary>
public abstract class OutboxAdminTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task Retry_all_requeues_every_failed_message_and_audits_each()
    {
        var type = "Tests.Broken" + Guid.NewGuid().ToString("N");
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var processedId = Guid.NewGuid();
        var (before, requeued, after) = await app.AsUserAsync("admin", async sp =>
        {
            var admin = sp.GetRequiredService<IntegrationEventAdmin>();
            await Probe.WithDbAsync(app.Services, async db =>
            {
                var now = app.Clock.GetUtcNow().UtcDateTime;
                foreach (var id in ids)
                    db.Outbox.Add(new OutboxMessage { Id = id, EventType = type, Payload = "{}", OccurredAtUtc = now, NextAttemptAtUtc = now, Status = OutboxStatus.Failed, Attempts = 8, LastError = "boom" });
                db.Outbox.Add(new OutboxMessage { Id = processedId, EventType = type, Payload = "{}", OccurredAtUtc = now, NextAttemptAtUtc = now, Status = OutboxStatus.Processed, ProcessedAtUtc = now });
                return await db.SaveChangesAsync();
            });
            var countsWith = await admin.CountsAsync();
            var count = await admin.RetryAllFailedAsync();
            return (countsWith, count, await admin.CountsAsync());
        });

        Assert.True(before.Failed >= 2);
        Assert.Equal(before.Failed, requeued);
        Assert.Equal(0, after.Failed);
        Assert.Equal(before.Pending + requeued, after.Pending);
        Assert.Equal(before.Processed, after.Processed);
        await Probe.WithDbAsync(app.Services, async db =>
        {
            foreach (var id in ids)
            {
                var message = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id);
                Assert.Equal((OutboxStatus.Pending, 0), (message.Status, message.Attempts));
                Assert.Equal("boom", message.LastError); // kept until a delivery succeeds
                Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Action == "重试集成事件" && a.ObjectId == id.ToString() && a.UserName == "admin"));
            }
            return true;
        });

        // Retrying a message that has not failed is refused, and says why.
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("admin", sp => sp.GetRequiredService<IntegrationEventAdmin>().RetryAsync(processedId)));
        Assert.Equal("只有投递失败的事件可以重试。", refused.Message);
    }

    [Fact]
    public async Task The_events_list_filters_by_status_and_type_newest_first()
    {
        var suffix = Guid.NewGuid().ToString("N");
        var (even, odd) = ("Tests.Even" + suffix, "Tests.Odd" + suffix);
        var start = app.Clock.GetUtcNow().UtcDateTime;
        var failedId = Guid.NewGuid();
        await Probe.WithDbAsync(app.Services, async db =>
        {
            for (var i = 0; i < 5; i++)
                db.Outbox.Add(new OutboxMessage
                {
                    Id = i == 4 ? failedId : Guid.NewGuid(), EventType = i % 2 == 0 ? even : odd, Payload = "{}",
                    OccurredAtUtc = start.AddMinutes(i), NextAttemptAtUtc = start,
                    Status = i == 4 ? OutboxStatus.Failed : OutboxStatus.Processed,
                });
            return await db.SaveChangesAsync();
        });

        await app.AsUserAsync("admin", async sp =>
        {
            var admin = sp.GetRequiredService<IntegrationEventAdmin>();
            var firstPage = await admin.SearchAsync(new OutboxFilter { EventType = even }, 0, 2);
            Assert.Equal(3, firstPage.TotalCount);
            Assert.Equal([start.AddMinutes(4), start.AddMinutes(2)], firstPage.Items.Select(m => m.OccurredAtUtc));
            var secondPage = await admin.SearchAsync(new OutboxFilter { EventType = even }, 1, 2);
            Assert.Equal([start], secondPage.Items.Select(m => m.OccurredAtUtc));

            var failedEven = await admin.SearchAsync(new OutboxFilter { EventType = even, Status = OutboxStatus.Failed }, 0, 50);
            Assert.Equal(failedId, Assert.Single(failedEven.Items).Id);
            var processedOdd = await admin.SearchAsync(new OutboxFilter { EventType = odd, Status = OutboxStatus.Processed }, 0, 50);
            Assert.Equal(2, processedOdd.TotalCount);
            Assert.Contains(odd, await admin.EventTypesAsync());
        });
    }
}

public sealed class SqliteOutboxAdminTests(SqliteQuietApp app) : OutboxAdminTests<SqliteQuietApp>(app), IClassFixture<SqliteQuietApp>;

public sealed class MariaDbOutboxAdminTests(MariaDbQuietApp app) : OutboxAdminTests<MariaDbQuietApp>(app), IClassFixture<MariaDbQuietApp>;
