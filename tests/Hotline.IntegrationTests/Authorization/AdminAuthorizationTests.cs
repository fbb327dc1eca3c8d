using System.Net;
using Hotline.Administration.Persistence;
using Hotline.IntegrationTests.Identity;
using Hotline.Platform.Auditing;
using Hotline.Platform.Identity;
using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Hotline.Platform.Seeding;
using Hotline.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Authorization;

/// <summary>
/// Every admin page refuses every other role on the server, over real HTTP with real sign-in cookies; a CenterAdmin
/// without two-factor sign-in is refused too until they set it up. The user-administration services refuse on their own.
/// </summary>
public abstract class AdminAuthorizationTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private const string Password = DemoAccounts.Password;

    [Fact]
    public void The_navigation_lists_admin_pages_to_check()
    {
        Assert.Contains("/admin/users", AdminRoutes.All);
        Assert.True(AdminRoutes.All.Count >= 9, string.Join(", ", AdminRoutes.All));
    }

    /// <summary>The menu's admin pages plus any parameterless /admin page the app maps, in the menu or not.</summary>
    private IReadOnlyList<string> Routes()
    {
        using var _ = app.CreateClient(); // builds the endpoints
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(p => p.StartsWith("/admin/", StringComparison.OrdinalIgnoreCase) && !p.Contains('{'));
        return AdminRoutes.All.Union(mapped, StringComparer.OrdinalIgnoreCase).ToList();
    }

    [Fact]
    public async Task Anonymous_requests_to_admin_pages_are_sent_to_login()
    {
        using var browser = new BrowserSession(app);
        foreach (var route in Routes())
        {
            var response = await browser.GetAsync(route);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{route}: {response.StatusCode}");
            Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
            Assert.Contains(Uri.EscapeDataString(route), response.Headers.Location.Query);
        }
    }

    [Theory]
    [MemberData(nameof(AdminRoutes.NonAdminAccounts), MemberType = typeof(AdminRoutes))]
    public async Task Every_other_role_is_refused_every_admin_page(string userName)
    {
        using var browser = new BrowserSession(app);
        await browser.SignInOrFailAsync(userName, Password);
        var wrong = new List<string>();
        foreach (var route in Routes())
        {
            var response = await browser.GetAsync(route);
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location!.AbsolutePath != "/Account/AccessDenied")
                wrong.Add($"{route}: {(int)response.StatusCode} {response.Headers.Location}");
        }
        Assert.True(wrong.Count == 0, $"{userName} was not refused: " + string.Join("; ", wrong));
        // The session itself works: the refusal is about the role, not a lost cookie.
        Assert.True(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task The_admin_opens_every_admin_page()
    {
        using var browser = new BrowserSession(app);
        await browser.SignInOrFailAsync("admin", Password);
        var wrong = new List<string>();
        foreach (var route in Routes())
        {
            var response = await browser.GetAsync(route);
            if (response.StatusCode != HttpStatusCode.OK)
                wrong.Add($"{route}: {(int)response.StatusCode} {response.Headers.Location}");
        }
        Assert.True(wrong.Count == 0, "admin was refused: " + string.Join("; ", wrong));
    }

    [Fact]
    public async Task A_center_admin_without_two_factor_is_sent_to_set_it_up_and_refused_admin_pages_until_then()
    {
        const string userName = "admin.no2fa";
        const string password = "Xk9#mPq2wz";
        await CreateCenterAdminAsync(userName, password);

        using var browser = new BrowserSession(app);
        var afterLogin = await browser.SignInOrFailAsync(userName, password);
        Assert.Equal("/Account/Manage/TwoFactor", afterLogin.AbsolutePath);
        Assert.Equal("?required=1", afterLogin.Query);

        foreach (var route in Routes())
        {
            var refused = await browser.GetAsync(route);
            Assert.True(refused.StatusCode == HttpStatusCode.Redirect, $"{route}: {refused.StatusCode}");
            Assert.Equal("/Account/AccessDenied", refused.Headers.Location!.AbsolutePath);
        }
        var denied = await browser.FollowAsync(await browser.GetAsync("/admin/users"));
        Assert.Contains("data-testid=\"access-denied-2fa\"", await denied.Content.ReadAsStringAsync());

        // Set up the authenticator on the page the login sent us to, as the user would with a phone.
        var setup = await browser.GetAsync(afterLogin.PathAndQuery);
        var html = await setup.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"2fa-required\"", html);
        Assert.Contains("data-testid=\"2fa-qr\"", html);
        Assert.Contains("src=\"data:image/png;base64,", html);
        var key = BrowserSession.TestIdText(html, "2fa-shared-key")!;
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);
        var enabled = await browser.PostFormAsync(afterLogin.PathAndQuery, html, "enable-2fa",
            new() { ["Input.Password"] = password, ["Input.Code"] = Totp.CodeAt(key, app.Clock.GetUtcNow()) });
        var enabledHtml = await enabled.Content.ReadAsStringAsync();
        Assert.True(enabled.StatusCode == HttpStatusCode.OK, await BrowserSession.ErrorTextAsync(enabled));
        Assert.Equal(10, CountOf(enabledHtml, "data-testid=\"recovery-code-item\""));

        // The refreshed cookie says two-factor is on: the admin pages open without signing in again.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/users")).StatusCode);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<UserAccessDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == userName);
            Assert.True(user.TwoFactorEnabled);
            Assert.True(await db.AuditLog.AnyAsync(a => a.ObjectId == user.Id && a.Action == "启用两步验证"));
        });
    }

    [Fact]
    public async Task A_center_admin_without_two_factor_fails_the_admin_guard()
    {
        const string userName = "admin.guard";
        await CreateCenterAdminAsync(userName, "Xk9#mPq2wz");
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync(userName, sp => sp.GetRequiredService<UserDirectory>().ListAsync(new UserQuery())));
    }

    [Theory]
    [MemberData(nameof(AdminRoutes.NonAdminAccounts), MemberType = typeof(AdminRoutes))]
    public async Task User_administration_services_refuse_every_other_role(string userName)
    {
        var target = await UserIdAsync("agent");
        var zjj = await UnitIdAsync(DemoCountyData.HousingBureauCode);
        var before = await AuditCountAsync();
        await app.AsUserAsync(userName, async sp =>
        {
            var admin = sp.GetRequiredService<UserAdmin>();
            var directory = sp.GetRequiredService<UserDirectory>();
            var calls = new Func<Task>[]
            {
                () => directory.ListAsync(new UserQuery()),
                () => directory.SearchUnitsAsync("住房"),
                () => directory.FindUnitAsync(zjj),
                () => admin.CreateAsync(new NewUser("intruder", "入侵者", zjj, HotlineRoles.UnitHandler, "Xk9#mPq2wz")),
                () => admin.UpdateAsync(new UserEdit(target, "改名", zjj, HotlineRoles.CenterAdmin, "", null)),
                () => admin.SetDisabledAsync(target, true),
                () => admin.ResetPasswordAsync(target, null),
                () => admin.UnlockAsync(target),
                () => admin.ResetTwoFactorAsync(target),
            };
            foreach (var call in calls)
                await Assert.ThrowsAsync<UnauthorizedAccessException>(call);
        });
        Assert.Equal(before, await AuditCountAsync());
        Assert.Null(await app.WithScopeAsync(sp => sp.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync("intruder")));
    }

    private async Task CreateCenterAdminAsync(string userName, string password)
    {
        var center = await app.WithScopeAsync(sp => sp.GetRequiredService<AdministrationDbContext>().Units.Where(u => u.Type == UnitType.Center).Select(u => u.Id).SingleAsync());
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<UserAdmin>().CreateAsync(
            new NewUser(userName, "新任管理员", center, HotlineRoles.CenterAdmin, password)));
    }

    private Task<string> UserIdAsync(string userName) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<UserAccessDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private Task<Guid> UnitIdAsync(string code) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<AdministrationDbContext>().Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private Task<int> AuditCountAsync() =>
        app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.CountAsync());

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "").Length) / value.Length;
}

public sealed class SqliteAdminAuthorizationTests(SqliteApp app) : AdminAuthorizationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbAdminAuthorizationTests(MariaDbApp app) : AdminAuthorizationTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
