using Hotline.E2E.Infrastructure;
using Hotline.E2E.Lifecycle;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Workbench;

/// <summary>
/// Issue #18.3–4: a unit handler on a phone (390×844) finds the new case in 我的工单 with every tab and labelled rows,
/// and on the assignment page sees the next step with its deadline and 签收 on the first screen; nothing scrolls sideways.
/// </summary>
public sealed class PhoneWorkbenchTests(E2EApp e2e) : E2ETest(e2e)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task A_unit_handler_on_a_phone_signs_for_from_the_action_bar_on_the_first_screen()
    {
        var steps = new Steps(E2E);
        var agent = await E2E.SignInAsync("agent");
        var number = "";
        await ScenarioAsync("phone-1-register", agent, async () =>
            number = await steps.RegisterCallAsync(agent, new PhoneCall("13700270101", "冯女士", "物业管理", "东城街道", "东城街道春晖园5栋",
                "小区地下车库积水严重，车辆无法进出，物业一直不处理。")));
        var dispatcher = await E2E.SignInAsync("dispatcher");
        await ScenarioAsync("phone-2-dispatch", dispatcher, async () =>
        {
            await steps.OpenFromDispatchQueueAsync(dispatcher, number);
            await steps.DispatchToAsync(dispatcher, number, "县住房和城乡建设局");
        });

        var zjj = await E2E.SignInAsync("zjj", Phone);
        await ScenarioAsync("phone-3-inbox", zjj, async () =>
        {
            var row = zjj.Locator("tr", new() { Has = zjj.Locator("[data-testid=inbox-row-number] a", new() { HasTextString = number }) });
            await E2E.ReloadUntilVisibleAsync(zjj, "/unit/inbox?tab=signfor", _ => row);
            await AssertFitsAsync(zjj);
            var tabs = zjj.Locator(".hotline-wrap-tabs .mud-tab");
            await Expect(tabs).ToHaveCountAsync(7);
            foreach (var tab in await tabs.AllAsync())
                await AssertOnScreenAsync(tab);
            await Expect(row.Locator("td[data-label=状态]")).ToContainTextAsync("待签收");
            await Expect(row.Locator("td[data-label=类型]")).ToContainTextAsync("投诉");
            await AssertOnScreenAsync(zjj.Locator("[data-testid=user-menu]"));
            var bar = await zjj.Locator(".mud-appbar").BoundingBoxAsync();
            Assert.True(bar!.Height <= 64, $"the app bar is {bar.Height}px high");
            await SaveScreenAsync(zjj, "unit-inbox-390");
            await ExpectEveryTabAtADeskAsync();

            await row.Locator("[data-testid=inbox-row-number] a").ClickAsync();
            await Expect(zjj.Locator("[data-testid=next-step]")).ToContainTextAsync("签收");
            await Expect(zjj.Locator("[data-testid=next-step-due]")).ToContainTextAsync("截止");
            await AssertFitsAsync(zjj);
            await AssertOnScreenAsync(zjj.Locator("[data-testid=sign-for]"));
            await Expect(zjj.Locator("[data-testid=action-return]")).ToBeVisibleAsync();
            await SaveScreenAsync(zjj, "unit-assignment-390");

            await zjj.ClickAsync("[data-testid=sign-for]");
            await Expect(zjj.Locator("[data-testid=signed-at]")).ToContainTextAsync("签收");
            await Expect(zjj.Locator("[data-testid=next-step]")).ToContainTextAsync("联系诉求人");
            await Expect(zjj.Locator("[data-testid=sign-for]")).ToHaveCountAsync(0);
            await zjj.ClickAsync("[data-testid=action-contact]");
            await Expect(zjj.Locator("textarea[data-testid=contact-note]")).ToBeInViewportAsync();
        });
    }

    /// <summary>At 1366×768 with the menu open, all seven tabs stand side by side, none behind a scroll arrow.</summary>
    private async Task ExpectEveryTabAtADeskAsync()
    {
        var desk = await E2E.SignInAsync("zjj", new ViewportSize { Width = 1366, Height = 768 });
        await ScenarioAsync("desk-inbox-tabs", desk, async () =>
        {
            await E2E.GotoAsync(desk, "/unit/inbox");
            var tabs = desk.Locator(".hotline-wrap-tabs .mud-tab");
            await Expect(tabs).ToHaveCountAsync(7);
            await Expect(desk.Locator(".hotline-wrap-tabs .mud-tabs-scroll-button")).ToHaveCountAsync(0);
            var bar = (await desk.Locator(".hotline-wrap-tabs .mud-tabs-tabbar").BoundingBoxAsync())!;
            foreach (var tab in await tabs.AllAsync())
            {
                var box = (await tab.BoundingBoxAsync())!;
                Assert.True(box.X >= bar.X && box.X + box.Width <= bar.X + bar.Width && box.Y < bar.Y + bar.Height,
                    $"tab “{await tab.InnerTextAsync()}” is outside the tab bar at a desk");
            }
            await SaveScreenAsync(desk, "unit-inbox-1366");
        });
        await desk.Context.CloseAsync();
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scroll, width) = (sizes[0], sizes[1]);
        Assert.True(scroll <= width, $"the page is {scroll}px wide on a {width}px screen");
    }

    /// <summary>Visible without scrolling: inside the first screen, horizontally and vertically.</summary>
    private static async Task AssertOnScreenAsync(ILocator element)
    {
        await Expect(element).ToBeVisibleAsync();
        var box = await element.BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0 } && box.X + box.Width <= Phone.Width && box.Y + box.Height <= Phone.Height,
            $"outside the first screen: {box?.X},{box?.Y} {box?.Width}×{box?.Height}");
    }

    private static Task SaveScreenAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(E2EHost.ArtifactsFolder("screens"), name + ".png"), FullPage = true });
}
