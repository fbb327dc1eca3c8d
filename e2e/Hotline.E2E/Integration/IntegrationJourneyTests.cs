using Hotline.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Integration;

/// <summary>系统对接 (#19): the administrator connects a department system and the key works at once; the API reference opens.</summary>
public sealed class IntegrationJourneyTests(E2EApp e2e) : E2ETest(e2e)
{
    [Fact]
    public async Task The_administrator_registers_a_system_whose_key_reads_the_API_and_subscribes_it_to_the_feed()
    {
        var admin = await E2E.SignInAsync("admin");
        await ScenarioAsync(nameof(The_administrator_registers_a_system_whose_key_reads_the_API_and_subscribes_it_to_the_feed), admin, async () =>
        {
            await E2E.GotoAsync(admin, "/admin/integration/clients");
            await admin.FillAsync("input[data-testid=client-name], [data-testid=client-name] input", "县住建局业务系统");
            await admin.Locator("input[data-testid=client-scope-Feed], [data-testid=client-scope-Feed] input").CheckAsync();
            await admin.Locator("input[data-testid=client-all-units], [data-testid=client-all-units] input").CheckAsync();
            await admin.ClickAsync("[data-testid=client-save]");
            var key = (await admin.Locator("[data-testid=client-key]").InnerTextAsync()).Trim();
            Assert.StartsWith("hk_", key);
            await Expect(admin.Locator("[data-testid=client-table]")).ToContainTextAsync("县住建局业务系统");

            using var http = new HttpClient { BaseAddress = new Uri(E2E.BaseAddress) };
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
            var units = await http.GetAsync("/api/v1/units");
            Assert.True(units.IsSuccessStatusCode);
            Assert.Contains("县住房和城乡建设局", await units.Content.ReadAsStringAsync());

            await E2E.GotoAsync(admin, "/admin/integration/feed");
            await admin.ClickAsync("[data-testid=feed-client]");
            await E2EHost.PickOptionAsync(admin, "县住建局业务系统");
            await admin.FillAsync("input[data-testid=feed-url], [data-testid=feed-url] input", "https://zjj.example.gov.cn/hotline/webhook");
            await admin.ClickAsync("[data-testid=feed-save]");
            await Expect(admin.Locator("[data-testid=feed-secret]")).ToContainTextAsync("whsec_");
            await Expect(admin.Locator("[data-testid=feed-table]")).ToContainTextAsync("https://zjj.example.gov.cn/hotline/webhook");
        });
    }

    [Fact]
    public async Task The_API_reference_shows_the_documented_endpoints()
    {
        var page = await E2E.Browser.NewPageAsync();
        await ScenarioAsync(nameof(The_API_reference_shows_the_documented_endpoints), page, async () =>
        {
            await page.GotoAsync($"{E2E.BaseAddress}/api/docs");
            await Expect(page.GetByText("12345 政务服务便民热线 接口").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await Expect(page.GetByText("提交诉求（进入网上待受理队列）").First).ToBeVisibleAsync();
        });
    }
}
