using System.Text.RegularExpressions;
using Hotline.E2E.Infrastructure;
using Hotline.E2E.Lifecycle;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Foundation;

/// <summary>
/// Issue #18.1: the user menu and the notification bell open; a dispatch reaches the unit through the bell, which
/// links to the assignment; the first contact at the form's own proposal is accepted (#18.15); sign-out returns to
/// the login page. Issue #13.16: the whole walk runs under the CSP without a single violation in the console.
/// </summary>
public sealed class ShellMenuTests(E2EApp e2e) : E2ETest(e2e)
{
    private readonly List<string> _violations = [];

    private void WatchConsole(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
                lock (_violations)
                    _violations.Add(message.Text);
        };
        page.PageError += (_, error) => { lock (_violations) _violations.Add("page error: " + error); };
    }

    [Fact]
    public async Task The_bell_brings_a_dispatch_to_the_unit_and_the_user_menu_signs_out()
    {
        var steps = new Steps(E2E);
        var agent = await E2E.SignInAsync("agent");
        WatchConsole(agent);
        var number = "";
        await ScenarioAsync("shell-1-register", agent, async () =>
            number = await steps.RegisterCallAsync(agent, new PhoneCall("13700180101", "钱女士", "物业管理", "东城街道", "东城街道枫林苑3栋",
                "小区电梯频繁故障，物业维修不及时，老人上下楼困难。")));

        // Dispatched half a minute into the minute: the contact form later proposes the minute itself.
        E2E.Clock.Advance(TimeSpan.FromSeconds(30));
        var dispatcher = await E2E.SignInAsync("dispatcher");
        WatchConsole(dispatcher);
        await ScenarioAsync("shell-2-dispatch", dispatcher, async () =>
        {
            await steps.OpenFromDispatchQueueAsync(dispatcher, number);
            await steps.DispatchToAsync(dispatcher, number, "县住房和城乡建设局");
        });

        var zjj = await E2E.SignInAsync("zjj");
        WatchConsole(zjj);
        await ScenarioAsync("shell-3-bell", zjj, async () =>
        {
            var item = zjj.Locator("[data-testid=inbox-item]", new() { HasTextString = number });
            var watch = System.Diagnostics.Stopwatch.StartNew();
            while (true)
            {
                await zjj.ClickAsync("[data-testid=inbox-bell]");
                try
                {
                    await item.First.WaitForAsync(new() { Timeout = 4_000 });
                    break;
                }
                catch (TimeoutException) when (watch.Elapsed < TimeSpan.FromSeconds(60))
                {
                    await zjj.Keyboard.PressAsync("Escape");
                    await E2E.GotoAsync(zjj, "/");
                }
            }
            await Expect(item.First).ToHaveAttributeAsync("data-unread", "true");
            await Expect(item.First).ToHaveAttributeAsync("data-link", new Regex("^/unit/assignments/[0-9a-f-]{36}$"));
            await item.First.ClickAsync();
            await E2EApp.ExpectPathAsync(zjj, new Regex("/unit/assignments/[0-9a-f-]{36}$"));
            await Expect(zjj.Locator("[data-testid=assignment-number]")).ToContainTextAsync(number);

            // Read now: the bell lists it as read.
            await zjj.ClickAsync("[data-testid=inbox-bell]");
            await Expect(zjj.Locator("[data-testid=inbox-item]", new() { HasTextString = number }).First).ToHaveAttributeAsync("data-unread", "false");
            var markAll = zjj.Locator("[data-testid=inbox-mark-all]");
            if (await markAll.CountAsync() > 0)
            {
                await markAll.ClickAsync();
                await Expect(zjj.Locator("[data-testid=inbox-item][data-unread=true]")).ToHaveCountAsync(0);
            }
            await zjj.Keyboard.PressAsync("Escape");
        });

        await ScenarioAsync("shell-4-contact-at-proposal", zjj, async () =>
        {
            await Steps.SignForAsync(zjj);
            await Steps.RecordContactAsync(zjj, "已电话联系诉求人，约定明日上门查看电梯。");
        });

        await ScenarioAsync("shell-5-user-menu", zjj, async () =>
        {
            await zjj.ClickAsync("[data-testid=user-menu]");
            await Expect(zjj.Locator("[data-testid=user-menu-password]")).ToBeVisibleAsync();
            await Expect(zjj.Locator("[data-testid=user-menu-2fa]")).ToBeVisibleAsync();
            await zjj.ClickAsync("[data-testid=user-menu-logout]");
            await E2EApp.ExpectPathAsync(zjj, new Regex("/Account/Login$"));
            // Signed out for real: a protected page sends back to the login page.
            await zjj.GotoAsync($"{E2E.BaseAddress}/unit/inbox");
            await E2EApp.ExpectPathAsync(zjj, new Regex("/Account/Login"));
        });

        lock (_violations)
            Assert.True(_violations.Count == 0, "Console reported: " + string.Join(" | ", _violations));
    }
}
