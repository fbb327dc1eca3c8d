using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Platform.Notifications;
using Hotline.Platform.Persistence;
using Hotline.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Shell;

/// <summary>The bell in the app bar: its badge counts once per page load (issue #21), its list is read when it opens.</summary>
public sealed class InAppBadgeTests : ComponentTestBase
{
    [Fact]
    public async Task The_circuit_takes_the_prerendered_count_and_opening_the_bell_reads_the_list_and_the_count_again()
    {
        await NotifyAsync("agent", "新工单 A", "新工单 B");
        await SignInAsync("agent");
        var providers = RenderProviders();
        Renderer.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var prerendered = Render<InAppBadge>();
        prerendered.WaitForAssertion(() => Assert.Equal("2", Badge(prerendered)));
        PrerenderState.TriggerOnPersisting();

        // Arrived after the prerender: the circuit shows the handed count instead of counting again, and reads no list.
        Clock.Advance(TimeSpan.FromMinutes(1));
        await NotifyAsync("agent", "新工单 C");
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var bell = Render<InAppBadge>();
        Assert.Equal("2", Badge(bell));
        Assert.Empty(providers.FindAll("[data-testid=inbox-item]"));

        bell.Find("[data-testid=inbox-bell]").Click();

        providers.WaitForAssertion(() => Assert.Equal(3, providers.FindAll("[data-testid=inbox-item][data-unread=true]").Count));
        bell.WaitForAssertion(() => Assert.Equal("3", Badge(bell)));
        Assert.Contains("新工单 C", providers.Find("[data-testid=inbox-item]").TextContent); // newest first
    }

    [Fact]
    public async Task Another_users_messages_are_neither_counted_nor_listed()
    {
        await NotifyAsync("zjj", "退回申请待审核");
        await SignInAsync("agent");
        var providers = RenderProviders();
        var bell = Render<InAppBadge>();

        bell.Find("[data-testid=inbox-bell]").Click();

        providers.WaitForAssertion(() => providers.Find("[data-testid=inbox-empty]"));
        Assert.DoesNotContain("退回申请", providers.Markup);
        Assert.Empty(bell.FindAll("[data-testid=inbox-badge] .mud-badge"));
    }

    private static string Badge(IRenderedComponent<InAppBadge> bell) =>
        bell.Find("[data-testid=inbox-badge] .mud-badge").TextContent.Trim();

    private async Task NotifyAsync(string userName, params string[] titles)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UserAccessDbContext>();
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var now = Clock.GetUtcNow().UtcDateTime;
        foreach (var (title, i) in titles.Select((t, i) => (t, i)))
            db.Notifications.Add(new Notification
            {
                Channel = NotificationChannel.InApp, Recipient = userId, Title = title, Body = "请处理。",
                CreatedAtUtc = now.AddSeconds(i), Status = NotificationStatus.Sent, SentAtUtc = now, SentBy = "站内消息",
            });
        await db.SaveChangesAsync();
    }
}
