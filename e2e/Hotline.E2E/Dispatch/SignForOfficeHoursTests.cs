using Hotline.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Dispatch;

/// <summary>
/// Issue #18.11: the center counts 一般件 sign-for in office hours; the settings page's trial shows a case dispatched
/// on Thursday 2026-11-26 at 22:31 due the next Monday 09:30 (7 office hours on Friday), 紧急件 still around the clock.
/// </summary>
public sealed class SignForOfficeHoursTests(E2EApp e2e) : E2ETest(e2e)
{
    [Fact]
    public async Task The_admin_counts_normal_sign_for_in_office_hours_and_the_trial_shows_the_night_case_due_next_working_morning()
    {
        var admin = await E2E.SignInAsync("admin");
        await ScenarioAsync("signfor-office-hours", admin, async () =>
        {
            await E2E.GotoAsync(admin, "/admin/dispatch/settings");
            await admin.ClickAsync("[data-testid=dispatch-settings-normal-clock]");
            await E2EHost.PickOptionAsync(admin, "按办公时间");
            await admin.ClickAsync("[data-testid=dispatch-settings-save]");
            await Expect(admin.Locator(".mud-snackbar", new() { HasTextString = "已保存" })).ToBeVisibleAsync();

            var date = admin.Locator("input[data-testid=signfor-trial-date]");
            await date.FillAsync("2026-11-26");
            await date.PressAsync("Tab");
            await admin.FillAsync("input[data-testid=signfor-trial-time]", "22:31");
            await admin.ClickAsync("[data-testid=signfor-trial-run]");
            await Expect(admin.Locator("[data-testid=signfor-trial-normal]")).ToContainTextAsync("2026-11-30 09:30");
            await Expect(admin.Locator("[data-testid=signfor-trial-normal]")).ToContainTextAsync("按办公时间计 8 小时");
            await Expect(admin.Locator("[data-testid=signfor-trial-urgent]")).ToContainTextAsync("2026-11-27 00:31");
        });
    }
}
