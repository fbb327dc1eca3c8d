using System.Text.RegularExpressions;
using Hotline.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Intake;

/// <summary>来电弹屏 (#19): a call at the agent's extension opens the registration form in the agent's live page.</summary>
public sealed partial class ScreenPopTests(E2EApp e2e) : E2ETest(e2e)
{
    [Fact]
    public async Task A_simulated_call_opens_the_registration_form_with_the_number_on_the_agents_page()
    {
        // The agent (demo extension 8001) works on another page; the administrator plays the phone system.
        var agent = await E2E.SignInAsync("agent");
        var admin = await E2E.SignInAsync("admin");
        await ScenarioAsync(nameof(A_simulated_call_opens_the_registration_form_with_the_number_on_the_agents_page), agent, async () =>
        {
            await E2E.GotoAsync(agent, "/cases");
            await E2E.GotoAsync(admin, "/intake/cti-simulator");
            await admin.FillAsync("input[data-testid=sim-phone]", "13900002019");
            await admin.FillAsync("input[data-testid=sim-extension]", "8001");
            await admin.ClickAsync("[data-testid=sim-ring]");
            await Expect(admin.Locator("[data-testid=sim-result]")).ToContainTextAsync("已向分机 8001 弹屏");

            // The pop itself is immediate; the margin is for a busy test machine, not for the app.
            await Expect(agent).ToHaveURLAsync(RegisterWithCall(), new() { Timeout = 5_000 });
            await Expect(agent.Locator("input[data-testid=field-phone]")).ToHaveValueAsync("13900002019");
            await Expect(agent.Locator("[data-testid=register-call]")).ToContainTextAsync("139****2019");
            await Expect(agent.Locator(".mud-snackbar")).ToContainTextAsync("来电 139****2019");
            await Expect(agent.Locator("[data-testid=caller-history]")).ToBeVisibleAsync();
            Assert.DoesNotContain("13900002019", agent.Url);

            // The simulator hangs up: the open call leaves its list.
            await admin.Locator("[data-testid=sim-hangup]").First.ClickAsync();
            await Expect(admin.Locator("[data-testid=sim-result]")).ToContainTextAsync("已挂机");
        });
    }

    [GeneratedRegex(@"/intake/register\?call=SIM-")]
    private static partial Regex RegisterWithCall();
}
