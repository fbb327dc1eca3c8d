using Hotline.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Lifecycle;

/// <summary>
/// Scenario 4: as the clock passes, the sign-for deadline (8 hours after dispatch) turns yellow in its last
/// quarter and red when it passes — in the unit's inbox and on the center's deadline board — and the overdue
/// count on the dispatcher's home page follows without a reload.
/// </summary>
public abstract class DeadlineLightTests<THost>(THost e2e) : E2EScenario<THost>(e2e) where THost : E2EHost
{
    [Fact]
    public async Task Lights_turn_yellow_then_red_in_the_inbox_and_on_the_board_and_the_home_page_overdue_count_changes_live()
    {
        var steps = new Steps(E2E);
        var agent = await E2E.SignInAsync("agent");
        var number = "";
        await ScenarioAsync("deadline-1-register", agent, async () =>
            number = await steps.RegisterCallAsync(agent, new PhoneCall("13700440401", "吴先生", "物业管理", "东城街道", "东城街道阳光小区2栋",
                "小区消防通道被物业出租给商户堆放货物，存在安全隐患，请尽快处理。", Complaint: false)));

        // Dispatched at about 09:00: sign-for is due at about 17:00.
        var dispatcher = await E2E.SignInAsync("dispatcher");
        await ScenarioAsync("deadline-2-dispatch", dispatcher, async () =>
        {
            await steps.OpenFromDispatchQueueAsync(dispatcher, number);
            await steps.DispatchToAsync(dispatcher, number, "县住房和城乡建设局");
        });

        var home = await E2E.SignInAsync("dispatcher");
        await ScenarioAsync("deadline-3-green", home, async () =>
        {
            await Expect(home.Locator("[data-testid=handling-overdue]")).ToBeVisibleAsync();
            await ExpectOverdueAsync(home, signFor: "0", yellow: "0");
            await ExpectLightsAsync(number, "green");
        });

        // 14:50, then 15:10: less than a quarter of the 8 hours is left. The dispatcher's page is opened before
        // the light changes and followed live; no jump is longer than the 30-minute idle sign-out.
        home = await ReopenHomeAfterAsync(home, TimeSpan.FromHours(5) + TimeSpan.FromMinutes(50));
        await ScenarioAsync("deadline-4-yellow", home, async () =>
        {
            await ExpectOverdueAsync(home, signFor: "0", yellow: "0");
            E2E.Clock.Advance(TimeSpan.FromMinutes(20));
            await ExpectOverdueAsync(home, signFor: "0", yellow: "1");
            await ExpectLightsAsync(number, "yellow");
        });

        // 16:50, then 17:10: the sign-for deadline has passed.
        home = await ReopenHomeAfterAsync(home, TimeSpan.FromMinutes(100));
        await ScenarioAsync("deadline-5-red", home, async () =>
        {
            await ExpectOverdueAsync(home, signFor: "0", yellow: "1");
            E2E.Clock.Advance(TimeSpan.FromMinutes(20));
            await ExpectOverdueAsync(home, signFor: "1");
            await ExpectLightsAsync(number, "red");
        });
    }

    /// <summary>Moves the clock past the idle sign-out with the old page closed, then signs the dispatcher in again.</summary>
    private async Task<IPage> ReopenHomeAfterAsync(IPage home, TimeSpan jump)
    {
        await home.Context.CloseAsync();
        E2E.Clock.Advance(jump);
        return await E2E.SignInAsync("dispatcher");
    }

    private static async Task ExpectOverdueAsync(IPage home, string signFor, string? yellow = null)
    {
        await Expect(home.Locator("[data-testid=overdue-signfor]")).ToHaveTextAsync(signFor, new() { Timeout = 20_000 });
        if (yellow is not null)
            await Expect(home.Locator("[data-testid=overdue-yellow]")).ToHaveTextAsync(yellow, new() { Timeout = 20_000 });
    }

    /// <summary>Signs in afresh (sessions expire on the moved clock) and reads the case's sign-for light in both lists.</summary>
    private async Task ExpectLightsAsync(string number, string light)
    {
        var zjj = await E2E.SignInAsync("zjj");
        await ScenarioAsync($"deadline-inbox-{light}", zjj, async () =>
        {
            // The home card's 待签收, counted at the prerender and handed to the circuit, is the inbox tab's count.
            var onHome = await zjj.Locator("[data-testid=widget-signfor]").InnerTextAsync();
            await E2E.GotoAsync(zjj, "/unit/inbox?tab=signfor");
            await Expect(zjj.Locator("[data-testid=inbox-count-signfor]")).ToHaveTextAsync(onHome);
            var row = zjj.Locator("[data-testid=inbox-table] tbody tr", new() { HasTextString = number });
            await Expect(row.Locator("[data-testid=inbox-light]")).ToHaveAttributeAsync("data-light", light);
        });
        await zjj.Context.CloseAsync();

        var center = await E2E.SignInAsync("supervisor");
        await ScenarioAsync($"deadline-board-{light}", center, async () =>
        {
            await E2E.GotoAsync(center, "/handling/deadlines");
            var row = center.Locator("[data-testid=deadlines-table] tbody tr", new() { HasTextString = number });
            await Expect(row.Locator("[data-testid=deadlines-signfor]")).ToHaveAttributeAsync("data-light", light);
            await Expect(row.Locator("[data-testid=deadlines-completion]")).ToHaveAttributeAsync("data-light", "green");
        });
        await center.Context.CloseAsync();
    }
}

public sealed class SqliteDeadlineLightTests(E2EApp e2e) : DeadlineLightTests<E2EApp>(e2e), IClassFixture<E2EApp>;

public sealed class MariaDbDeadlineLightTests(MariaDbE2EApp e2e) : DeadlineLightTests<MariaDbE2EApp>(e2e), IClassFixture<MariaDbE2EApp>;
