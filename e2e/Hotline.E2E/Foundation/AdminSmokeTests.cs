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

    [Fact]
    public async Task Admin_dry_runs_and_imports_the_sample_knowledge_and_it_is_found_by_search()
    {
        var page = await E2E.SignInAsync("admin");
        await ScenarioAsync(nameof(Admin_dry_runs_and_imports_the_sample_knowledge_and_it_is_found_by_search), page, async () =>
        {
            await E2E.GotoAsync(page, "/admin/knowledge/import");
            await page.Locator("input[type=file]").SetFilesWhenReadyAsync(new FilePayload
            {
                Name = "知识导入示例.json",
                MimeType = "application/json",
                Buffer = Hotline.Knowledge.Import.ImportSample.Json(),
            });
            await Expect(page.Locator("[data-testid=import-creates]")).ToHaveTextAsync("新建 2");
            await Expect(page.Locator("[data-testid=import-rejects]")).ToHaveTextAsync("不能导入 0");
            await page.ClickAsync("[data-testid=import-run]");
            await Expect(page.Locator("[data-testid=import-result]")).ToContainTextAsync("新建 2 条");

            await E2E.GotoAsync(page, "/knowledge");
            await page.FillAsync("input[data-testid=search-text]", "低保申请条件");
            await page.ClickAsync("[data-testid=search-run]");
            await Expect(page.Locator("[data-testid=search-hit][data-title=城镇居民最低生活保障申请条件]")).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Admin_finds_an_account_on_the_users_page_which_lives_in_platforms_admin_project()
    {
        var page = await E2E.SignInAsync("admin");
        await ScenarioAsync(nameof(Admin_finds_an_account_on_the_users_page_which_lives_in_platforms_admin_project), page, async () =>
        {
            await E2E.GotoAsync(page, "/admin/users");
            await Expect(page.Locator("[data-testid=user-row-agent]")).ToBeVisibleAsync();
            await page.FillAsync("input[data-testid=users-search]", "zjj");
            await page.PressAsync("input[data-testid=users-search]", "Tab");
            await Expect(page.Locator("[data-testid='user-row-zjj.mgr']")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=user-row-agent]")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task Admin_sees_the_operations_status_with_its_backup_warning_and_refreshes_it()
    {
        var page = await E2E.SignInAsync("admin");
        await ScenarioAsync(nameof(Admin_sees_the_operations_status_with_its_backup_warning_and_refreshes_it), page, async () =>
        {
            await page.ClickAsync("text=运行状态");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/operations$"));
            await Expect(page.Locator("[data-testid=operations-backup-warning]")).ToContainTextAsync("还没有任何备份记录");
            await Expect(page.Locator("[data-testid=operations-backup-time]")).ToHaveTextAsync("尚无备份");
            await Expect(page.Locator("[data-testid=operations-disk-free]")).ToContainTextAsync("B");
            await page.ClickAsync("[data-testid=operations-refresh]");
            await Expect(page.Locator("[data-testid=operations-pending]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=operations-circuits]")).Not.ToHaveTextAsync("0");
        });
    }

    [Theory]
    [InlineData("agent", "/admin/operations")]
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
