using Hotline.Platform.Time;
using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Handling.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Handling.Inbox;
using Hotline.Handling.Workbench;

namespace Hotline.ComponentTests.Handling;

public sealed class WorkbenchComponentTests : ComponentTestBase
{
    // The host registers the access gate (HostSetup); the shared test base does not yet.

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task The_inbox_shows_tab_counts_and_server_computed_lights_sorted_by_deadline()
    {
        await SignInAsync("agent");
        await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-1), "路灯不亮已一周");
        await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-10), "小区垃圾无人清运");
        await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-7), "楼道堆放杂物");
        await SignInAsync("zjj");
        RenderProviders();

        var cut = Render<UnitInboxPage>();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=inbox-light]").Count));
        Assert.Equal("3", cut.Find("[data-testid=inbox-count-signfor]").TextContent.Trim());
        Assert.Equal("0", cut.Find("[data-testid=inbox-count-handling]").TextContent.Trim());
        foreach (var tab in new[] { "待签收", "办理中", "待审核", "协办意见", "重办", "已答复" })
            Assert.Contains(tab, cut.Find(".mud-tabs").TextContent);
        // Overdue first (sign-for limit passed), then the one in its last quarter, then the fresh one.
        Assert.Equal(["red", "yellow", "green"], cut.FindAll("[data-testid=inbox-light]").Select(e => e.GetAttribute("data-light")));
    }

    [Fact]
    public async Task The_inbox_ignores_its_tabs_reporting_no_tab_as_they_are_disposed()
    {
        await SignInAsync("agent");
        await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-1), "路灯不亮已一周");
        await SignInAsync("zjj");
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        RenderProviders();
        var cut = Render<UnitInboxPage>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=inbox-light]")));
        var tabs = cut.FindComponent<MudBlazor.MudTabs>().Instance;

        // When the page goes (another page, the browser closed) MudTabs reports its panels leaving one by one, down to
        // no tab at all: found by the load run, where it ended the circuits of users leaving the inbox.
        var reported = await Record.ExceptionAsync(() => cut.InvokeAsync(() => tabs.ActivePanelIndexChanged.InvokeAsync(-1)));

        Assert.Null(reported);
        Assert.Single(cut.FindAll("[data-testid=inbox-light]"));
    }

    [Fact]
    public async Task The_assignment_page_signs_for_the_unit()
    {
        await SignInAsync("agent");
        var (_, assignmentId) = await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-1), "电梯停运无人维修");
        await SignInAsync("zjj");
        RenderProviders();

        var cut = Render<AssignmentPage>(p => p.Add(x => x.AssignmentId, assignmentId));

        cut.WaitForAssertion(() => cut.Find("[data-testid=sign-for]"));
        // The banner names the step owed next with its deadline (8 hours after dispatch); the bar offers what is open now.
        Assert.Equal($"下一步：签收，截止 {ChinaTime.Format(Now.AddHours(7))}", cut.Find("[data-testid=next-step]").TextContent.Trim());
        Assert.Equal(["sign-for", "action-return"], cut.FindAll("[data-testid=assignment-action-bar] .mud-button-root").Select(b => b.GetAttribute("data-testid")));
        Assert.Equal("green", cut.Find("[data-testid=deadline-signfor]").GetAttribute("data-light"));
        Assert.Equal("办结时限", cut.Find("[data-testid=deadline-completion-label]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=contact-save]"));
        cut.Find("[data-testid=sign-for]").Click();

        cut.WaitForAssertion(() => Assert.Contains("zjj", cut.Find("[data-testid=signed-at]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=sign-for]"));
        cut.WaitForAssertion(() => cut.Find("[data-testid=contact-save]"));
        Assert.StartsWith("下一步：联系诉求人（首次联系）", cut.Find("[data-testid=next-step]").TextContent.Trim());
        Assert.Equal("/unit/assignments/" + assignmentId + "#contact", cut.Find("[data-testid=action-contact]").GetAttribute("href"));
        Assert.NotEmpty(cut.FindAll("[data-testid=action-extension]"));
        await using var db = await Services.GetRequiredService<IDbContextFactory<HandlingDbContext>>().CreateDbContextAsync();
        var signed = await db.Assignments.SingleAsync(a => a.Id == assignmentId);
        Assert.Equal((Now, false), (signed.SignedAtUtc, signed.SignedLate));
    }

    [Fact]
    public async Task A_co_unit_sees_its_opinion_deadline_not_a_completion_deadline()
    {
        await SignInAsync("agent");
        var (_, assignmentId) = await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-1), "小区绿化带被占用", Hotline.Dispatch.Contracts.AssignmentRole.CoHandling);
        await SignInAsync("zjj");
        RenderProviders();

        var cut = Render<AssignmentPage>(p => p.Add(x => x.AssignmentId, assignmentId));

        cut.WaitForAssertion(() => Assert.Equal("意见期限", cut.Find("[data-testid=deadline-completion-label]").TextContent));
        cut.Find("[data-testid=sign-for]").Click();
        cut.WaitForAssertion(() => Assert.StartsWith("下一步：向主办单位提交协办意见", cut.Find("[data-testid=next-step]").TextContent.Trim()));
        Assert.NotEmpty(cut.FindAll("[data-testid=action-co-opinion]"));
        Assert.Empty(cut.FindAll("[data-testid=action-reply]"));
    }


    [Fact]
    public async Task Another_unit_gets_a_refusal_instead_of_the_assignment()
    {
        await SignInAsync("agent");
        var (_, assignmentId) = await HandlingComponentData.DispatchToZjjAsync(Services, Now, "夜间施工噪音扰民");
        await SignInAsync("scjgj");
        RenderProviders();

        var cut = Render<AssignmentPage>(p => p.Add(x => x.AssignmentId, assignmentId));

        cut.WaitForAssertion(() => Assert.Equal("无权查看该工单", cut.Find("[data-testid=assignment-denied]").TextContent.Trim()));
        Assert.DoesNotContain("夜间施工噪音扰民", cut.Markup);
    }
}
