using Hotline.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Foundation;

public sealed class AdminSmokeTests(E2EApp e2e) : E2ETest(e2e)
{
    [Fact]
    public async Task Admin_creates_a_unit_and_sees_it_in_the_tree()
    {
        var page = await E2E.SignInAsync("admin");
        await ScenarioAsync(nameof(Admin_creates_a_unit_and_sees_it_in_the_tree), page, async () =>
        {
            await E2E.GotoAsync(page, "/admin/units");
            await page.ClickAsync("[data-testid=unit-create]");
            await page.FillAsync("input[data-testid=unit-code]", "E2E-TEST");
            await page.FillAsync("input[data-testid=unit-name]", "县数据资源局");
            await page.ClickAsync("[data-testid=unit-type]");
            await E2EApp.PickOptionAsync(page, "县直部门");
            await page.ClickAsync("[data-testid=unit-save]");
            await Expect(page.Locator("[data-testid='unit-node-E2E-TEST']")).ToBeVisibleAsync();
            await page.FillAsync("input[data-testid=unit-search]", "数据资源");
            await Expect(page.Locator("[data-testid=unit-tree]")).ToContainTextAsync("县数据资源局");
        });
    }

    [Theory]
    [InlineData("zjj", "/admin/units")]
    [InlineData("zjj", "/admin/users")]
    [InlineData("agent", "/admin/calendar")]
    public async Task Non_admins_are_refused_admin_pages(string user, string path)
    {
        var page = await E2E.SignInAsync(user);
        await ScenarioAsync($"refused-{user}-{path.Replace('/', '_')}", page, async () =>
        {
            await page.GotoAsync($"{E2E.BaseAddress}{path}");
            await Expect(page.Locator("[data-testid=access-denied]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=unit-tree]")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task The_menu_of_a_unit_handler_has_no_administration()
    {
        var page = await E2E.SignInAsync("zjj");
        await ScenarioAsync("zjj-menu", page, async () =>
        {
            await Expect(page.GetByText("系统管理")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-testid=user-menu]")).ToContainTextAsync("承办人");
        });
    }
}
