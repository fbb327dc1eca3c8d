using System.Text.RegularExpressions;
using Hotline.E2E.Infrastructure;
using Hotline.Platform.Persistence;
using Hotline.Platform.Seeding;
using Hotline.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Foundation;

/// <summary>A production install's first start (#20): no account, no default password, a one-time token on the server.</summary>
public sealed class FreshInstallE2EApp() : E2EHost(new FreshInstall())
{
    private sealed class FreshInstall() : HotlineAppFactory(DatabaseProvider.Sqlite, demoMode: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hotline:InitialAdminPassword", "");
        }
    }
}

public sealed partial class FirstAdminSetupTests(FreshInstallE2EApp e2e) : E2EScenario<FreshInstallE2EApp>(e2e), IClassFixture<FreshInstallE2EApp>
{
    private const string Password = "Center#2026x";

    [Fact]
    public async Task The_IT_person_creates_the_first_administrator_with_the_token_and_the_entry_closes()
    {
        var page = await E2E.Browser.NewPageAsync();
        await ScenarioAsync(nameof(The_IT_person_creates_the_first_administrator_with_the_token_and_the_entry_closes), page, async () =>
        {
            await page.GotoAsync($"{E2E.BaseAddress}/Account/Login");
            await page.ClickAsync("[data-testid=setup-pending] a");
            await Expect(page).ToHaveURLAsync(SetupAddress());

            await FillAsync(page, "0123456789abcdef0123456789abcdef", Password);
            await Expect(page.Locator("[role=alert]")).ToContainTextAsync("初始化令牌不正确");

            var token = (await File.ReadAllTextAsync(Path.Combine(E2E.App.DataDirectory, FirstAdminSetup.TokenFileName))).Trim();
            await FillAsync(page, token, "short");
            // The reloaded page names the password (the token's message, which does not, is gone).
            await Expect(page.Locator("[role=alert]")).ToContainTextAsync("密码");
            await Expect(page.Locator("[role=alert]")).Not.ToContainTextAsync("初始化令牌不正确");
            await Expect(page).ToHaveURLAsync(SetupAddress());

            await FillAsync(page, token, Password);
            await E2EHost.ExpectPathAsync(page, new Regex("/Account/Login"));
            await Expect(page.Locator("body")).ToContainTextAsync("中心管理员已创建");

            await page.FillAsync("#Input\\.UserName", "county.admin");
            await page.FillAsync("#Input\\.Password", Password);
            await page.ClickAsync("[data-testid=login-submit]");
            await E2EHost.ExpectSignedInAsync(page);

            var closed = await page.GotoAsync($"{E2E.BaseAddress}/setup");
            Assert.Equal(404, closed!.Status);
            await Expect(page.Locator("[data-testid=setup-token]")).ToHaveCountAsync(0);
            Assert.False(File.Exists(Path.Combine(E2E.App.DataDirectory, FirstAdminSetup.TokenFileName)));
        });
    }

    private static async Task FillAsync(IPage page, string token, string password)
    {
        await page.FillAsync("[data-testid=setup-token]", token);
        await page.FillAsync("[data-testid=setup-username]", "county.admin");
        await page.FillAsync("[data-testid=setup-displayname]", "县热线中心管理员");
        await page.FillAsync("[data-testid=setup-password]", password);
        await page.FillAsync("[data-testid=setup-confirm]", password);
        await page.ClickAsync("[data-testid=setup-submit]");
    }

    [GeneratedRegex("/setup$")]
    private static partial Regex SetupAddress();
}
