using Hotline.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Workbench;

/// <summary>
/// Issue #18.5: every role's home page, at a desk (1440×900) and on a phone (390×844): the roles with work get the
/// 待我处理 list, no page repeats the menu as cards, nothing scrolls sideways. The screenshots are kept under
/// artifacts/screens for review.
/// </summary>
public sealed class HomePagesTests(E2EApp e2e) : E2ETest(e2e)
{
    private static readonly string[] Roles = ["agent", "dispatcher", "supervisor", "zjj", "zjj.mgr", "kbeditor", "assessor", "admin"];
    private static readonly string[] WithWork = ["agent", "dispatcher", "supervisor", "zjj", "zjj.mgr"];

    [Fact]
    public async Task Each_roles_home_lists_its_work_without_menu_cards_at_both_widths()
    {
        foreach (var (width, height) in new[] { (1440, 900), (390, 844) })
        {
            foreach (var role in Roles)
            {
                var page = await E2E.SignInAsync(role, new ViewportSize { Width = width, Height = height });
                await ScenarioAsync($"home-{role}-{width}", page, async () =>
                {
                    await Expect(page.GetByText("您好，")).ToBeVisibleAsync();
                    if (WithWork.Contains(role))
                        await Expect(page.Locator("[data-testid=needs-me-now]")).ToBeVisibleAsync();
                    else
                        await Expect(page.Locator("[data-testid=needs-me-now]")).ToHaveCountAsync(0);
                    await Expect(page.Locator(".mud-main-content .mud-card")).ToHaveCountAsync(0);
                    var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
                    Assert.True(sizes[0] <= sizes[1], $"{role}'s home is {sizes[0]}px wide on a {sizes[1]}px screen");
                    await page.ScreenshotAsync(new() { Path = Path.Combine(E2EHost.ArtifactsFolder("screens"), $"home-{role}-{width}.png"), FullPage = true });
                });
                await page.Context.CloseAsync();
            }
        }
    }
}
