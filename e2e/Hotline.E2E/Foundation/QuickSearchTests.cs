using System.Text.RegularExpressions;
using Hotline.E2E.Infrastructure;
using Hotline.E2E.Lifecycle;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Foundation;

/// <summary>
/// Issue #18.2: a caller rings back with a case number; "/" puts the cursor into the app bar's search, the full number
/// opens the case at once, the tail of the number lists the matches, and another unit finds nothing.
/// </summary>
public sealed partial class QuickSearchTests(E2EApp e2e) : E2ETest(e2e)
{
    [Fact]
    public async Task Slash_then_a_case_number_opens_the_case_and_a_tail_lists_it()
    {
        var steps = new Steps(E2E);
        var agent = await E2E.SignInAsync("agent");
        var number = "";
        await ScenarioAsync("search-1-register", agent, async () =>
            number = await steps.RegisterCallAsync(agent, new PhoneCall("13700190101", "孙先生", "物业管理", "东城街道", "东城街道锦绣苑1栋",
                "小区门禁系统损坏两周，外来人员随意进出，物业一直不修。")));

        await ScenarioAsync("search-2-exact", agent, async () =>
        {
            await E2E.GotoAsync(agent, "/");
            await agent.Keyboard.PressAsync("/");
            await Expect(agent.Locator("input[data-testid=quick-search]")).ToBeFocusedAsync();
            await agent.Keyboard.TypeAsync(number);
            await agent.Keyboard.PressAsync("Enter");
            await E2EApp.ExpectPathAsync(agent, CasePage());
            await Expect(agent.GetByText(number).First).ToBeVisibleAsync();
        });

        await ScenarioAsync("search-3-tail", agent, async () =>
        {
            await agent.FillAsync("input[data-testid=quick-search]", number[^4..]);
            await agent.PressAsync("input[data-testid=quick-search]", "Enter");
            await ExpectResultsForAsync(agent, number[^4..]);
            var hit = agent.Locator("[data-testid=search-hit]", new() { HasTextString = number });
            await Expect(hit).ToBeVisibleAsync();
            await hit.GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();
            await E2EApp.ExpectPathAsync(agent, CasePage());
        });

        // Words go through the case index; the case page opened afresh (address bar) hands its case from the prerender to
        // the circuit, whose module panels then load.
        await ScenarioAsync("search-3-words", agent, async () =>
        {
            await agent.FillAsync("input[data-testid=quick-search]", "门禁系统损坏");
            await agent.PressAsync("input[data-testid=quick-search]", "Enter");
            // The previous search listed the same case: its hit must not be the one clicked while this search navigates.
            await ExpectResultsForAsync(agent, "门禁系统损坏");
            var hit = agent.Locator("[data-testid=search-hit]", new() { HasTextString = number });
            await Expect(hit).ToBeVisibleAsync();
            await hit.GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();
            await E2EApp.ExpectPathAsync(agent, CasePage());
            await E2E.GotoAsync(agent, new Uri(agent.Url).AbsolutePath);
            await Expect(agent.Locator("[data-testid=case-content]")).ToContainTextAsync("小区门禁系统损坏两周");
            await Expect(agent.Locator("[data-testid=case-panel]").First).ToBeVisibleAsync();
            await Expect(agent.Locator("[data-testid=case-panel] .mud-progress-linear")).ToHaveCountAsync(0);
        });

        var other = await E2E.SignInAsync("scjgj");
        await ScenarioAsync("search-4-other-unit", other, async () =>
        {
            await E2E.GotoAsync(other, $"/search?q={number}");
            await Expect(other.Locator("[data-testid=search-none]")).ToBeVisibleAsync();
        });
    }

    [GeneratedRegex(@"/cases/[0-9a-f-]{36}$")]
    private static partial Regex CasePage();

    private static Task ExpectResultsForAsync(Microsoft.Playwright.IPage page, string query) =>
        Expect(page).ToHaveURLAsync(new Regex("/search\\?q=" + Regex.Escape(Uri.EscapeDataString(query)) + "$"));
}
