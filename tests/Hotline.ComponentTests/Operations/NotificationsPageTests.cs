using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Platform.Identity;
using Hotline.Platform.Admin.Notifications;
using Hotline.Platform.Notifications;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Operations;

public sealed class NotificationsPageTests : ComponentTestBase
{
    [Fact]
    public async Task Phone_numbers_are_masked_until_revealed_and_the_reveal_is_audited()
    {
        Guid smsId;
        await using (var db = await NewContextAsync())
        {
            var agentId = await db.Users.Where(u => u.UserName == "agent").Select(u => u.Id).SingleAsync();
            var now = Clock.GetUtcNow().UtcDateTime;
            var sms = new Notification
            {
                Channel = NotificationChannel.Sms, Recipient = "13812341234", Title = "受理回执", Body = "您的诉求已受理。",
                CreatedAtUtc = now, Status = NotificationStatus.Sent, SentAtUtc = now, SentBy = "记录（未接短信网关）",
            };
            db.Notifications.Add(sms);
            db.Notifications.Add(new Notification
            {
                Channel = NotificationChannel.InApp, Recipient = agentId, Title = "新工单", Body = "请处理。",
                CreatedAtUtc = now.AddMinutes(-1), Status = NotificationStatus.Sent, SentAtUtc = now, SentBy = "站内消息",
            });
            await db.SaveChangesAsync();
            smsId = sms.Id;
        }
        await SignInAsync("admin");
        Auth.SetPolicies(HotlinePolicies.Admin); // bUnit's authorization grants only the policies named here
        RenderProviders();

        var page = Render<NotificationsPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=notification-recipient]").Count));
        Assert.Equal("138****1234", page.FindAll("[data-testid=notification-recipient]")[0].TextContent.Trim());
        Assert.DoesNotContain("13812341234", page.Markup);
        Assert.Contains("agent", page.FindAll("[data-testid=notification-recipient]")[1].TextContent);
        // Only the SMS has a number to reveal.
        Assert.Single(page.FindAll("[data-testid=notification-reveal]"));

        page.Find("[data-testid=notification-reveal]").Click();

        page.WaitForAssertion(() => Assert.Equal("13812341234", page.FindAll("[data-testid=notification-recipient]")[0].TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=notification-reveal]"));
        await using var check = await NewContextAsync();
        var audit = await check.AuditLog.SingleAsync(a => a.Action == NotificationAdmin.RevealAction && a.ObjectId == smsId.ToString());
        Assert.Equal("admin", audit.UserName);
    }

    [Fact]
    public async Task A_failed_notification_can_be_retried_from_the_list()
    {
        Guid id;
        await using (var db = await NewContextAsync())
        {
            var failed = new Notification
            {
                Channel = NotificationChannel.Sms, Recipient = "13900001111", Title = "回访提醒", Body = "请评价。",
                CreatedAtUtc = Clock.GetUtcNow().UtcDateTime, Status = NotificationStatus.Failed, Attempts = 5, LastError = "网关超时",
            };
            db.Notifications.Add(failed);
            await db.SaveChangesAsync();
            id = failed.Id;
        }
        await SignInAsync("admin");
        Auth.SetPolicies(HotlinePolicies.Admin); // bUnit's authorization grants only the policies named here
        RenderProviders();
        var page = Render<NotificationsPage>();
        page.WaitForAssertion(() => Assert.Contains("网关超时", page.Find("[data-testid=notification-error]").TextContent));

        page.Find("[data-testid=notification-retry]").Click();

        page.WaitForAssertion(() => Assert.Contains("待发送", page.Find("[data-testid=notification-status]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=notification-retry]"));
        await using var check = await NewContextAsync();
        Assert.Equal(NotificationStatus.Pending, (await check.Notifications.AsNoTracking().SingleAsync(n => n.Id == id)).Status);
    }

    private Task<UserAccessDbContext> NewContextAsync() =>
        Services.GetRequiredService<IDbContextFactory<UserAccessDbContext>>().CreateDbContextAsync();
}
