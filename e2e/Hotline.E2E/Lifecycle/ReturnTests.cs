using Hotline.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Lifecycle;

/// <summary>
/// Scenario 3: a unit manager applies to return a case within the window, the dispatcher refuses, the unit
/// carries on from its inbox; a case dispatched at the same time can no longer be returned once the window
/// (one working day after dispatch) has passed, and the unit is told why.
/// </summary>
public abstract class ReturnTests<THost>(THost e2e) : E2EScenario<THost>(e2e) where THost : E2EHost
{
    private const string Unit = "县住房和城乡建设局";

    [Fact]
    public async Task A_return_within_the_window_is_refused_and_the_unit_carries_on_while_a_return_after_the_window_is_impossible()
    {
        var steps = new Steps(E2E);
        var agent = await E2E.SignInAsync("agent");
        string first = "", second = "";
        await ScenarioAsync("return-1-register", agent, async () =>
        {
            first = await steps.RegisterCallAsync(agent, new PhoneCall("13800330301", "孙先生", "物业管理", "石桥镇", "石桥镇新华街12号",
                "小区物业擅自占用公共绿地建停车位并收费，业主多次反映无果，请相关部门处理。", Complaint: false));
            second = await steps.RegisterCallAsync(agent, new PhoneCall("13800330302", "周女士", "物业管理", "石桥镇", "石桥镇建设路8号",
                "小区二次供水水箱多年未清洗，自来水有异味，请督促物业公司清洗消毒。", Complaint: false));
        });

        var dispatcher = await E2E.SignInAsync("dispatcher");
        await ScenarioAsync("return-2-dispatch", dispatcher, async () =>
        {
            foreach (var number in new[] { first, second })
            {
                await steps.OpenFromDispatchQueueAsync(dispatcher, number);
                await steps.DispatchToAsync(dispatcher, number, Unit);
            }
        });

        var manager = await E2E.SignInAsync("zjj.mgr");
        await ScenarioAsync("return-3-apply", manager, async () =>
        {
            await steps.OpenFromInboxAsync(manager, first, "signfor");
            await manager.ClickAsync("[data-testid=assignment-case-link]");
            var panel = manager.Locator("[data-testid=panel-assignment]", new() { HasTextString = Unit });
            await panel.Locator("[data-testid=return-apply-open]").ClickAsync();
            await panel.Locator("[data-testid=return-reason]").ClickAsync();
            await E2EHost.PickOptionAsync(manager, "非本单位职责");
            await panel.Locator("textarea[data-testid=return-basis]").FillAsync("占用公共绿地属城市管理综合执法事项，依据《县城市管理综合行政执法职责清单》第12项。");
            await panel.Locator("[data-testid=return-apply-submit]").ClickAsync();
            await Expect(panel.Locator("[data-testid=panel-return-status]")).ToHaveTextAsync("待审核");
        });

        await ScenarioAsync("return-4-refuse", dispatcher, async () =>
        {
            await E2E.GotoAsync(dispatcher, "/dispatch/returns");
            var row = dispatcher.Locator("[data-testid=returns-table] tbody tr", new() { Has = dispatcher.Locator($"[data-testid=return-row][data-case='{first}']") });
            await Expect(row).ToContainTextAsync("非本单位职责");
            await row.Locator("[data-testid=return-refuse]").ClickAsync();
            await dispatcher.Locator("textarea[data-testid=reason-dialog-text]").FillAsync("物业公司占用绿地经营停车属物业管理范畴，请住建局督促物业整改。");
            await dispatcher.ClickAsync("[data-testid=reason-dialog-confirm]");
            await Expect(dispatcher.Locator($"[data-testid=return-row][data-case='{first}']")).ToHaveCountAsync(0);
        });

        var handler = await E2E.SignInAsync("zjj");
        await ScenarioAsync("return-5-carry-on", handler, async () =>
        {
            await steps.OpenFromInboxAsync(handler, first, "signfor");
            await Steps.SignForAsync(handler);
            await Expect(handler.Locator("[data-testid=assignment-status]")).ToContainTextAsync("办理中");
            await handler.ClickAsync("[data-testid=assignment-case-link]");
            var panel = handler.Locator("[data-testid=panel-assignment]", new() { HasTextString = Unit });
            await Expect(panel.Locator("[data-testid=panel-return-status]")).ToHaveTextAsync("已驳回");
            await Expect(panel).ToContainTextAsync("请住建局督促物业整改");
        });

        // Dispatched Wednesday 09:00: the window closes at the end of Thursday. Friday morning it is over.
        E2E.Clock.Advance(TimeSpan.FromDays(2));
        var lateManager = await E2E.SignInAsync("zjj.mgr");
        await ScenarioAsync("return-6-too-late", lateManager, async () =>
        {
            await steps.OpenFromInboxAsync(lateManager, second, "signfor");
            await lateManager.ClickAsync("[data-testid=assignment-case-link]");
            var panel = lateManager.Locator("[data-testid=panel-assignment]", new() { HasTextString = Unit });
            await Expect(panel.Locator("[data-testid=return-apply-disabled]")).ToBeDisabledAsync();
            await Expect(panel.Locator("[data-testid=return-blocked-reason]")).ToContainTextAsync("派单后 1 个工作日内可申请退单，本单退单期限已于 2026-11-26 24:00 届满");
            await Expect(panel.Locator("[data-testid=return-apply-open]")).ToHaveCountAsync(0);
        });
    }
}

public sealed class SqliteReturnTests(E2EApp e2e) : ReturnTests<E2EApp>(e2e), IClassFixture<E2EApp>;

public sealed class MariaDbReturnTests(MariaDbE2EApp e2e) : ReturnTests<MariaDbE2EApp>(e2e), IClassFixture<MariaDbE2EApp>;
