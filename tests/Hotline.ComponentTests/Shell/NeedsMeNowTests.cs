using Bunit;
using Hotline.ComponentTests.Handling;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Handling.Inbox;
using Hotline.Platform.Slots;
using Hotline.Platform.Time;

namespace Hotline.ComponentTests.Shell;

/// <summary>Issue #18.5: the home page's 待我处理 list gathers what the user owes from every module, most pressing first, one click to act.</summary>
public sealed class NeedsMeNowTests : ComponentTestBase
{
    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_unit_handler_sees_the_overdue_sign_for_first_with_its_deadline_and_a_link_to_sign_for()
    {
        await SignInAsync("agent");
        var (_, fresh) = await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-1), "楼顶水箱漏水");
        var (_, late) = await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-9), "小区大门道闸损坏");
        await SignInAsync("zjj");

        var cut = Render<NeedsMeNow>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=work-item]").Count));
        var items = cut.FindAll("[data-testid=work-item]");
        Assert.Equal(["true", "false"], items.Select(i => i.GetAttribute("data-overdue")));
        Assert.Contains("小区大门道闸损坏", items[0].TextContent);
        Assert.Equal($"已超时（{ChinaTime.Format(Now.AddHours(-1))}）", items[0].QuerySelector("[data-testid=work-item-due]")!.TextContent.Trim());
        Assert.Equal($"截止 {ChinaTime.Format(Now.AddHours(7))}", items[1].QuerySelector("[data-testid=work-item-due]")!.TextContent.Trim());
        var act = items[0].QuerySelector("[data-testid=work-item-act]")!;
        Assert.Equal(("签收", $"/unit/assignments/{late}"), (act.TextContent.Trim(), act.GetAttribute("href")));
        Assert.Equal($"/unit/assignments/{fresh}", items[1].QuerySelector("[data-testid=work-item-act]")!.GetAttribute("href"));
        var count = cut.Find("[data-testid=needs-me-now-count]");
        Assert.Equal(("待签收 2", "/unit/inbox?tab=signfor"), (count.TextContent.Trim(), count.GetAttribute("href")));
    }

    [Fact]
    public async Task A_sign_in_asks_the_modules_once_the_circuit_takes_the_prerendered_list_and_refresh_asks_again()
    {
        await SignInAsync("agent");
        await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-9), "小区大门道闸损坏");
        await SignInAsync("zjj");
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
        var prerendered = Render<NeedsMeNow>();
        prerendered.WaitForAssertion(() => Assert.Single(prerendered.FindAll("[data-testid=work-item]")));
        PrerenderState.TriggerOnPersisting();

        // Dispatched after the prerender: the circuit shows what the prerender handed over instead of asking again.
        await SignInAsync("agent");
        await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-1), "楼顶水箱漏水");
        await SignInAsync("zjj");
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        var interactive = Render<NeedsMeNow>();
        interactive.WaitForAssertion(() => Assert.Single(interactive.FindAll("[data-testid=work-item]")));
        Assert.Contains("道闸", interactive.Markup);

        interactive.Find("[data-testid=needs-me-now-refresh]").Click();
        interactive.WaitForAssertion(() => Assert.Equal(2, interactive.FindAll("[data-testid=work-item]").Count));
    }

    [Fact]
    public async Task Another_unit_has_nothing_waiting_from_those_cases()
    {
        await SignInAsync("agent");
        await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-9), "小区大门道闸损坏");
        await SignInAsync("scjgj");

        var cut = Render<NeedsMeNow>();

        cut.WaitForAssertion(() => cut.Find("[data-testid=needs-me-now-empty]"));
        Assert.DoesNotContain("道闸", cut.Markup);
    }

    [Fact]
    public async Task A_supervisor_sees_an_assignment_past_its_sign_for_limit_with_the_unit_and_a_link_to_the_case()
    {
        await SignInAsync("agent");
        var (caseId, _) = await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-9), "路灯整排不亮");
        await SignInAsync("supervisor");

        var cut = Render<NeedsMeNow>();

        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("[data-testid=work-item]"), i => i.TextContent.Contains("路灯整排不亮")));
        var item = cut.FindAll("[data-testid=work-item]").First(i => i.TextContent.Contains("路灯整排不亮"));
        Assert.Equal("true", item.GetAttribute("data-overdue"));
        Assert.Contains("办理超时", item.TextContent);
        Assert.Contains("县住房和城乡建设局（签收）", item.TextContent);
        Assert.Equal($"/cases/{caseId}", item.QuerySelector("[data-testid=work-item-act]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Roles_without_a_queue_get_no_list()
    {
        await SignInAsync("assessor");

        var cut = Render<NeedsMeNow>();

        Assert.Empty(cut.FindAll("[data-testid=needs-me-now]"));
    }

    [Fact]
    public async Task The_unit_block_shows_the_weeks_assignments_as_a_sparkline_today_last()
    {
        await SignInAsync("agent");
        await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddDays(-2), "夜间施工噪音扰民");
        await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-1), "楼顶水箱漏水");
        await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-2), "小区大门道闸损坏");
        await SignInAsync("zjj");

        var cut = Render<UnitInboxWidget>();

        cut.WaitForAssertion(() => Assert.Equal("3", cut.Find("[data-testid=widget-received]").TextContent.Trim()));
        Assert.Equal("近7日：0、0、0、0、1、0、2", cut.Find("[data-testid=widget-received-trend]").GetAttribute("aria-label"));
    }
}
