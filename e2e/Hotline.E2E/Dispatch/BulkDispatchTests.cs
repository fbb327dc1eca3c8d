using Hotline.E2E.Infrastructure;
using Hotline.E2E.Lifecycle;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Dispatch;

/// <summary>
/// Issue #18.13: the dispatcher ticks two waiting 物业 cases in the queue, sees them grouped under the routing rule's
/// suggestion, confirms once, and both leave the queue with a result each.
/// </summary>
public sealed class BulkDispatchTests(E2EApp e2e) : E2ETest(e2e)
{
    [Fact]
    public async Task The_dispatcher_sends_two_cases_on_their_common_suggestion_in_one_go()
    {
        var steps = new Steps(E2E);
        var agent = await E2E.SignInAsync("agent");
        var numbers = new List<string>();
        await ScenarioAsync("bulk-1-register", agent, async () =>
        {
            numbers.Add(await steps.RegisterCallAsync(agent, new PhoneCall("13700290101", "褚先生", "物业管理", "东城街道", "东城街道和平里1栋",
                "小区电梯停运三天，物业不组织维修。")));
            numbers.Add(await steps.RegisterCallAsync(agent, new PhoneCall("13700290102", "卫女士", "物业管理", "东城街道", "东城街道和平里2栋",
                "物业公司擅自上调停车费，未经业主大会同意。")));
        });

        var dispatcher = await E2E.SignInAsync("dispatcher");
        await ScenarioAsync("bulk-2-dispatch", dispatcher, async () =>
        {
            foreach (var number in numbers)
            {
                var row = dispatcher.Locator("tr", new() { Has = dispatcher.Locator($"[data-testid=queue-row][data-case-number='{number}']") });
                await E2E.ReloadUntilVisibleAsync(dispatcher, "/dispatch", _ => row);
            }
            foreach (var number in numbers)
                await dispatcher.Locator("tr", new() { Has = dispatcher.Locator($"[data-testid=queue-row][data-case-number='{number}']") })
                    .Locator("input[type=checkbox]").CheckAsync();
            await Expect(dispatcher).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dispatch$"));
            await dispatcher.ClickAsync("[data-testid=bulk-plan]");
            var group = dispatcher.Locator("[data-testid=bulk-group]");
            await Expect(group).ToHaveCountAsync(1);
            await Expect(group).ToContainTextAsync("县住房和城乡建设局");
            await Expect(group).ToContainTextAsync("2 件");
            await dispatcher.ClickAsync("[data-testid=bulk-confirm]");
            await Expect(dispatcher.Locator("[data-testid=bulk-result][data-ok=true]")).ToHaveCountAsync(2);
            await dispatcher.ClickAsync("[data-testid=bulk-close]");
            foreach (var number in numbers)
                await Expect(dispatcher.Locator($"[data-testid=queue-row][data-case-number='{number}']")).ToHaveCountAsync(0);
        });
    }
}
