using Hotline.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Lifecycle;

/// <summary>
/// Scenario 5: what people must not see. Another unit cannot open a case by its address, the unit handling a
/// confidential case never sees the caller's phone, an agent cannot open administration, and a public lookup
/// with a wrong code learns nothing.
/// </summary>
public abstract class DenialTests<THost>(THost e2e) : E2EScenario<THost>(e2e) where THost : E2EHost
{
    private const string Phone = "13600550501";
    private const string Name = "郑女士";

    [Fact]
    public async Task Another_unit_is_refused_a_case_by_url_and_the_handling_unit_never_sees_a_confidential_callers_phone()
    {
        var steps = new Steps(E2E);
        var agent = await E2E.SignInAsync("agent");
        var number = "";
        await ScenarioAsync("denial-1-register", agent, async () =>
            number = await steps.RegisterCallAsync(agent, new PhoneCall(Phone, Name, "物业管理", "西关街道", "西关街道福寿里小区",
                "举报小区物业经理私自挪用业主公共收益，本人担心被报复，请为我保密。", Complaint: true, Confidential: true)));

        var dispatcher = await E2E.SignInAsync("dispatcher");
        var caseId = Guid.Empty;
        await ScenarioAsync("denial-2-dispatch", dispatcher, async () =>
        {
            caseId = await steps.OpenFromDispatchQueueAsync(dispatcher, number);
            await Expect(dispatcher.Locator("[data-testid=dispatch-case]")).ToContainTextAsync("保密");
            await steps.DispatchToAsync(dispatcher, number, "县住房和城乡建设局");
        });

        var zjj = await E2E.SignInAsync("zjj");
        var assignment = "";
        await ScenarioAsync("denial-3-confidential", zjj, async () =>
        {
            assignment = await steps.OpenFromInboxAsync(zjj, number, "signfor");
            await Expect(zjj.Locator("[data-testid=caller-withheld]")).ToBeVisibleAsync();
            await Expect(zjj.Locator("[data-testid=reveal-phone]")).ToHaveCountAsync(0);
            await Steps.SignForAsync(zjj);
            await ExpectNoCallerAsync(zjj);

            await zjj.ClickAsync("[data-testid=assignment-case-link]");
            await Expect(zjj.Locator("[data-testid=case-number]")).ToContainTextAsync(number);
            await Expect(zjj.Locator("[data-testid=caller-withheld]")).ToBeVisibleAsync();
            await Expect(zjj.Locator("[data-testid=reveal-phone]")).ToHaveCountAsync(0);
            await ExpectNoCallerAsync(zjj);
        });

        var scjgj = await E2E.SignInAsync("scjgj");
        await ScenarioAsync("denial-4-other-unit", scjgj, async () =>
        {
            await E2E.GotoAsync(scjgj, assignment);
            await Expect(scjgj.Locator("[data-testid=assignment-denied]")).ToBeVisibleAsync();
            await Expect(scjgj.Locator("[data-testid=assignment-number]")).ToHaveCountAsync(0);

            await E2E.GotoAsync(scjgj, $"/cases/{caseId}");
            await Expect(scjgj.Locator("[data-testid=case-denied]")).ToBeVisibleAsync();
            await Expect(scjgj.Locator("[data-testid=case-content]")).ToHaveCountAsync(0);
            Assert.DoesNotContain("挪用业主公共收益", await scjgj.ContentAsync());

            await E2E.GotoAsync(scjgj, "/unit/inbox?tab=signfor");
            await Expect(scjgj.Locator("[data-testid=inbox-table]")).ToContainTextAsync("没有工单");
        });
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/units")]
    [InlineData("/admin/handling/settings")]
    [InlineData("/admin/dispatch/rules")]
    [InlineData("/admin/audit")]
    public async Task An_agent_cannot_open_administration(string path)
    {
        var agent = await E2E.SignInAsync("agent");
        await ScenarioAsync($"denial-agent-{path.Replace('/', '_')}", agent, async () =>
        {
            await Expect(agent.Locator("nav, .mud-navmenu").First).Not.ToContainTextAsync("系统管理");
            await agent.GotoAsync($"{E2E.BaseAddress}{path}");
            await Expect(agent.Locator("[data-testid=access-denied]")).ToContainTextAsync("无权");
        });
    }

    [Fact]
    public async Task A_public_lookup_with_a_wrong_code_or_number_is_refused_with_the_same_message()
    {
        var page = await E2E.Browser.NewPageAsync();
        await ScenarioAsync("denial-track", page, async () =>
        {
            // A real case: the agent's registration gives it a number, the caller a code by SMS.
            var agent = await E2E.SignInAsync("agent");
            var number = await new Steps(E2E).RegisterCallAsync(agent, new PhoneCall("13600550502", "钱先生", "物业管理", "桃园镇", "桃园镇中心街",
                "小区物业电梯年检过期仍在运行，请督促年检。", Complaint: false));
            await agent.Context.CloseAsync();

            var messages = new List<string>();
            foreach (var (n, code) in new[] { (number, "WRONG1"), ("QH209912310001", "ABC123") })
            {
                await page.GotoAsync($"{E2E.BaseAddress}/public/track");
                await page.FillAsync("[data-testid=track-number]", n);
                await page.FillAsync("[data-testid=track-code]", code);
                await page.ClickAsync("[data-testid=track-submit]");
                var error = page.Locator("[data-testid=track-error]");
                await Expect(error).ToHaveTextAsync("工单号或查询码不正确，请核对后重试。");
                await Expect(page.Locator("[data-testid=track-result]")).ToHaveCountAsync(0);
                messages.Add(await error.InnerTextAsync());
            }
            Assert.Single(messages.Distinct());
        });
    }

    /// <summary>Neither the phone (in full or masked) nor the name is anywhere on the page.</summary>
    private static async Task ExpectNoCallerAsync(IPage page)
    {
        var html = await page.ContentAsync();
        Assert.DoesNotContain(Phone, html);
        Assert.DoesNotContain(Name, html);
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain(Phone[..3] + "****" + Phone[^4..], text);
    }
}

public sealed class SqliteDenialTests(E2EApp e2e) : DenialTests<E2EApp>(e2e), IClassFixture<E2EApp>;

public sealed class MariaDbDenialTests(MariaDbE2EApp e2e) : DenialTests<MariaDbE2EApp>(e2e), IClassFixture<MariaDbE2EApp>;
