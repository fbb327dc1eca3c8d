using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Platform.Identity;
using Hotline.Platform.Admin.Events;
using Hotline.Platform.Messaging;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Operations;

public sealed class EventsPageTests : ComponentTestBase
{
    [Fact]
    public async Task A_failed_event_shows_its_error_and_a_retry_button_that_requeues_it()
    {
        var failedId = Guid.NewGuid();
        await using (var db = await NewContextAsync())
        {
            var now = Clock.GetUtcNow().UtcDateTime;
            db.Outbox.Add(new OutboxMessage
            {
                Id = failedId, EventType = "Hotline.Dispatch.Contracts.CaseDispatched", Payload = "{\"caseId\":\"A-1\"}",
                OccurredAtUtc = now, NextAttemptAtUtc = now, Status = OutboxStatus.Failed, Attempts = 8,
                LastError = "System.InvalidOperationException: 承办单位不存在\n   at Handler.ApplyAsync()",
            });
            db.Outbox.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(), EventType = "Hotline.Intake.Contracts.CaseRegistered", Payload = "{}",
                OccurredAtUtc = now.AddMinutes(-1), NextAttemptAtUtc = now, Status = OutboxStatus.Processed, ProcessedAtUtc = now,
            });
            await db.SaveChangesAsync();
        }
        await SignInAsync("admin");
        Auth.SetPolicies(HotlinePolicies.Admin); // bUnit's authorization grants only the policies named here
        RenderProviders();

        var page = Render<EventsPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=event-retry]")));
        Assert.Contains("失败 1", page.Find("[data-testid=events-count-failed]").TextContent);
        Assert.Contains("已投递 1", page.Find("[data-testid=events-count-processed]").TextContent);
        Assert.Contains("CaseDispatched", page.Markup);
        Assert.Contains("承办单位不存在", page.Find("[data-testid=event-error-toggle]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=event-error]"));

        // The full error (and payload) is one click away.
        page.Find("[data-testid=event-error-toggle]").Click();
        page.WaitForAssertion(() => Assert.Contains("at Handler.ApplyAsync()", page.Find("[data-testid=event-error]").TextContent));

        page.Find("[data-testid=event-retry]").Click();

        page.WaitForAssertion(() =>
        {
            Assert.Empty(page.FindAll("[data-testid=event-retry]"));
            Assert.Contains("失败 0", page.Find("[data-testid=events-count-failed]").TextContent);
            Assert.Contains("待投递 1", page.Find("[data-testid=events-count-pending]").TextContent);
        });
        await using var check = await NewContextAsync();
        var message = await check.Outbox.AsNoTracking().SingleAsync(m => m.Id == failedId);
        Assert.Equal((OutboxStatus.Pending, 0), (message.Status, message.Attempts));
        Assert.True(await check.AuditLog.AnyAsync(a => a.Action == "重试集成事件" && a.ObjectId == failedId.ToString() && a.UserName == "admin"));
    }

    [Fact]
    public async Task Filtering_by_status_lists_only_those_messages()
    {
        await using (var db = await NewContextAsync())
        {
            var now = Clock.GetUtcNow().UtcDateTime;
            db.Outbox.Add(new OutboxMessage { Id = Guid.NewGuid(), EventType = "Tests.Failed", Payload = "{}", OccurredAtUtc = now, NextAttemptAtUtc = now, Status = OutboxStatus.Failed, Attempts = 8, LastError = "x" });
            db.Outbox.Add(new OutboxMessage { Id = Guid.NewGuid(), EventType = "Tests.Done", Payload = "{}", OccurredAtUtc = now, NextAttemptAtUtc = now, Status = OutboxStatus.Processed, ProcessedAtUtc = now });
            await db.SaveChangesAsync();
        }
        await SignInAsync("admin");
        Auth.SetPolicies(HotlinePolicies.Admin); // bUnit's authorization grants only the policies named here
        RenderProviders();
        var page = Render<EventsPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=event-type]").Count));

        page.Find("[data-testid=events-count-processed]").Click();

        page.WaitForAssertion(() => Assert.Equal("Done", Assert.Single(page.FindAll("[data-testid=event-type]")).TextContent.Trim()));
    }

    private Task<PlatformDbContext> NewContextAsync() =>
        Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
}
