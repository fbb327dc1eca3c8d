using System.Net;
using Hotline.Platform.Identity;
using Hotline.Platform.Seeding;
using Hotline.Testing;

namespace Hotline.IntegrationTests.Identity;

/// <summary>
/// The 等保 sign-in rules through the real account pages over HTTP: lockout, disabled accounts, two-factor sign-in,
/// recovery codes, password change and two-factor management. Times come from the application's clock only.
/// </summary>
public abstract class SignInTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private const string Password = IdentityTestData.StrongPassword;

    [Fact]
    public async Task Five_failed_logins_lock_the_account_for_thirty_minutes_of_the_application_clock()
    {
        var id = await app.CreateUserAsync("lock.form");
        using var browser = new BrowserSession(app);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failed = await browser.SignInAsync("lock.form", "Wrong#Pass1");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("用户名或密码不正确", await BrowserSession.ErrorTextAsync(failed));
        }
        var fifth = await browser.SignInAsync("lock.form", "Wrong#Pass1");
        Assert.Equal("/Account/Lockout", fifth.Headers.Location?.AbsolutePath);

        // Locked: even the right password is refused.
        Assert.Equal("/Account/Lockout", (await browser.SignInAsync("lock.form", Password)).Headers.Location?.AbsolutePath);
        app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal("/Account/Lockout", (await browser.SignInAsync("lock.form", Password)).Headers.Location?.AbsolutePath);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("/", (await browser.SignInOrFailAsync("lock.form", Password)).AbsolutePath);

        var actions = (await app.AuditOfAsync(id)).Select(a => a.Action).ToList();
        Assert.Equal(4, actions.Count(a => a == "登录失败"));
        Assert.Equal(3, actions.Count(a => a == "账号锁定"));
        Assert.Equal("登录成功", actions[^1]);
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_an_open_session_ends()
    {
        var id = await app.CreateUserAsync("disabled.form");
        using var open = new BrowserSession(app);
        await open.SignInOrFailAsync("disabled.form", Password);
        Assert.True(await open.IsSignedInAsync());

        await app.AsAdminAsync(a => a.SetDisabledAsync(id, true));

        using var fresh = new BrowserSession(app);
        var refused = await fresh.SignInAsync("disabled.form", Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("该账号已停用", await BrowserSession.ErrorTextAsync(refused));
        // Without the password nobody learns that the account exists or is disabled.
        var guessed = await fresh.SignInAsync("disabled.form", "Wrong#Pass1");
        Assert.Contains("用户名或密码不正确", await BrowserSession.ErrorTextAsync(guessed));
        Assert.Contains("登录被拒", (await app.AuditOfAsync(id)).Select(a => a.Action));

        // The open session's cookie is checked against the account within a minute.
        app.Clock.Advance(SessionPolicy.Revalidation + TimeSpan.FromSeconds(1));
        Assert.False(await open.IsSignedInAsync());
    }

    [Fact]
    public async Task Two_factor_sign_in_asks_for_the_authenticator_code_and_audits_both_outcomes()
    {
        var id = await app.CreateUserAsync("tfa.login");
        var key = await app.EnableTwoFactorAsync("tfa.login");
        using var browser = new BrowserSession(app);

        var step = await browser.SignInOrFailAsync("tfa.login", Password);
        Assert.Equal("/Account/LoginWith2fa", step.AbsolutePath);
        Assert.False(await browser.IsSignedInAsync()); // not before the code

        var wrong = await browser.SubmitFormAsync(step.PathAndQuery, "login-with-2fa", new() { ["Input.Code"] = WrongCode(key) });
        Assert.Contains("验证码不正确", await BrowserSession.ErrorTextAsync(wrong));
        var malformed = await browser.SubmitFormAsync(step.PathAndQuery, "login-with-2fa", new() { ["Input.Code"] = "12ab" });
        Assert.Contains("验证码为 6 位数字", await BrowserSession.ErrorTextAsync(malformed));

        // Apps show the code as "123 456"; the space is accepted.
        var code = Totp.CodeAt(key, app.Clock.GetUtcNow());
        var signedIn = await browser.SubmitFormAsync(step.PathAndQuery, "login-with-2fa", new() { ["Input.Code"] = $"{code[..3]} {code[3..]}" });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.AbsolutePath);
        Assert.True(await browser.IsSignedInAsync());

        var audit = await app.AuditOfAsync(id);
        Assert.Contains(audit, a => a.Action == "两步验证失败");
        Assert.Contains(audit, a => a.Action == "登录成功" && a.Detail == "两步验证");
    }

    [Fact]
    public async Task Wrong_authenticator_codes_count_towards_the_lockout()
    {
        var key = await app.EnableTwoFactorAsync(await CreateAndReturnNameAsync("tfa.lock"));
        using var browser = new BrowserSession(app);
        var step = await browser.SignInOrFailAsync("tfa.lock", Password);
        HttpResponseMessage response = default!;
        for (var attempt = 1; attempt <= 5; attempt++)
            response = await browser.SubmitFormAsync(step.PathAndQuery, "login-with-2fa", new() { ["Input.Code"] = WrongCode(key) });
        Assert.Equal("/Account/Lockout", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        await app.CreateUserAsync("tfa.recovery");
        await app.EnableTwoFactorAsync("tfa.recovery");
        var codes = await app.WithUsersAsync(async users =>
            (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByNameAsync("tfa.recovery"))!, 10))!.ToList());
        using var browser = new BrowserSession(app);

        await browser.SignInOrFailAsync("tfa.recovery", Password);
        var signedIn = await browser.SubmitFormAsync("/Account/LoginWithRecoveryCode", "login-with-recovery-code", new() { ["Input.RecoveryCode"] = codes[0] });
        Assert.Equal("/", signedIn.Headers.Location?.AbsolutePath);
        Assert.True(await browser.IsSignedInAsync());

        using var second = new BrowserSession(app);
        await second.SignInOrFailAsync("tfa.recovery", Password);
        var reused = await second.SubmitFormAsync("/Account/LoginWithRecoveryCode", "login-with-recovery-code", new() { ["Input.RecoveryCode"] = codes[0] });
        Assert.Contains("恢复码无效或已使用", await BrowserSession.ErrorTextAsync(reused));
    }

    [Fact]
    public async Task The_two_factor_pages_need_the_password_step_first()
    {
        using var browser = new BrowserSession(app);
        var response = await browser.GetAsync("/Account/LoginWith2fa");
        Assert.Equal("/Account/Login", response.Headers.Location?.AbsolutePath);
        var manage = await browser.GetAsync("/Account/Manage/TwoFactor");
        Assert.Equal("/Account/Login", manage.Headers.Location?.AbsolutePath);
        Assert.Equal("/Account/Login", (await browser.GetAsync("/Account/Manage/ChangePassword")).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Changing_the_password_checks_the_old_one_and_the_policy_and_keeps_this_session_only()
    {
        var id = await app.CreateUserAsync("change.pw");
        using var other = new BrowserSession(app);
        await other.SignInOrFailAsync("change.pw", Password);
        using var browser = new BrowserSession(app);
        await browser.SignInOrFailAsync("change.pw", Password);
        const string url = "/Account/Manage/ChangePassword";

        async Task<string> TryAsync(string old, string @new, string confirm) => await BrowserSession.ErrorTextAsync(
            await browser.SubmitFormAsync(url, "change-password", new() { ["Input.OldPassword"] = old, ["Input.NewPassword"] = @new, ["Input.ConfirmPassword"] = confirm }));

        Assert.Contains("原密码不正确", await TryAsync("Wrong#Pass1", "New#Pass2026", "New#Pass2026"));
        Assert.Contains("至少三类", await TryAsync(Password, "newpassword", "newpassword"));
        Assert.Contains("不能包含用户名", await TryAsync(Password, "Change.pw#2026", "Change.pw#2026"));
        Assert.Contains("两次输入的新密码不一致", await TryAsync(Password, "New#Pass2026", "New#Pass2027"));
        Assert.Contains("不能与原密码相同", await TryAsync(Password, Password, Password));

        var changed = await browser.SubmitFormAsync(url, "change-password",
            new() { ["Input.OldPassword"] = Password, ["Input.NewPassword"] = "New#Pass2026", ["Input.ConfirmPassword"] = "New#Pass2026" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("密码已修改", await BrowserSession.ErrorTextAsync(await browser.FollowAsync(changed)));
        Assert.True(await app.PasswordWorksAsync("change.pw", "New#Pass2026"));
        Assert.Contains("修改密码", (await app.AuditOfAsync(id)).Select(a => a.Action));

        app.Clock.Advance(SessionPolicy.Revalidation + TimeSpan.FromSeconds(1));
        Assert.True(await browser.IsSignedInAsync());
        Assert.False(await other.IsSignedInAsync());
    }

    [Fact]
    public async Task A_user_enables_two_factor_on_the_page_and_may_turn_it_off_again()
    {
        var id = await app.CreateUserAsync("tfa.self");
        using var browser = new BrowserSession(app);
        await browser.SignInOrFailAsync("tfa.self", Password);
        const string url = "/Account/Manage/TwoFactor";
        var setup = await (await browser.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("data-testid=\"2fa-required\"", setup);
        var key = BrowserSession.TestIdText(setup, "2fa-shared-key")!;

        var wrong = await browser.PostFormAsync(url, setup, "enable-2fa", new() { ["Input.Password"] = Password, ["Input.Code"] = WrongCode(key) });
        Assert.Contains("验证码不正确", await BrowserSession.ErrorTextAsync(wrong));
        var enabled = await browser.PostFormAsync(url, setup, "enable-2fa", new() { ["Input.Password"] = Password, ["Input.Code"] = Totp.CodeAt(key, app.Clock.GetUtcNow()) });
        Assert.Contains("data-testid=\"recovery-codes\"", await enabled.Content.ReadAsStringAsync());

        var status = await (await browser.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains("状态：<strong>已启用</strong>", status);
        Assert.Contains("剩余恢复码 10 个", status);
        // New recovery codes and turning two-factor off need the password and a fresh code: an unattended session is not enough.
        var unconfirmed = await browser.PostFormAsync(url, status, "regenerate-codes", new() { ["Regenerate.Password"] = "Wrong#Pass1", ["Regenerate.Code"] = "000000" });
        Assert.Contains("当前密码不正确", await BrowserSession.ErrorTextAsync(unconfirmed));
        app.Clock.Advance(Totp.Step);
        var regenerated = await browser.PostFormAsync(url, status, "regenerate-codes",
            new() { ["Regenerate.Password"] = Password, ["Regenerate.Code"] = Totp.CodeAt(key, app.Clock.GetUtcNow()) });
        Assert.Contains("data-testid=\"recovery-code-item\"", await regenerated.Content.ReadAsStringAsync());

        var sameCode = await browser.PostFormAsync(url, status, "disable-2fa", new() { ["Disable.Password"] = Password, ["Disable.Code"] = Totp.CodeAt(key, app.Clock.GetUtcNow()) });
        Assert.Contains("验证器验证码不正确或已使用", await BrowserSession.ErrorTextAsync(sameCode));
        Assert.True((await app.UserAsync("tfa.self")).TwoFactorEnabled);
        app.Clock.Advance(Totp.Step);
        var disabled = await browser.PostFormAsync(url, status, "disable-2fa", new() { ["Disable.Password"] = Password, ["Disable.Code"] = Totp.CodeAt(key, app.Clock.GetUtcNow()) });
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.False((await app.UserAsync("tfa.self")).TwoFactorEnabled);
        // The session survives the security-stamp change: the cookie was refreshed.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(url)).StatusCode);
        Assert.Equal(["创建用户", "登录成功", "启用两步验证", "重新生成恢复码被拒", "重新生成恢复码", "停用两步验证被拒", "停用两步验证"],
            (await app.AuditOfAsync(id)).Select(a => a.Action));
    }

    [Fact]
    public async Task A_center_admin_with_two_factor_may_not_turn_it_off()
    {
        await app.CreateUserAsync("tfa.admin", HotlineRoles.CenterAdmin, DemoCountyData.CenterCode);
        var key = await app.EnableTwoFactorAsync("tfa.admin");
        using var browser = new BrowserSession(app);
        var step = await browser.SignInOrFailAsync("tfa.admin", Password);
        await browser.SubmitFormAsync(step.PathAndQuery, "login-with-2fa", new() { ["Input.Code"] = Totp.CodeAt(key, app.Clock.GetUtcNow()) });

        var page = await (await browser.GetAsync("/Account/Manage/TwoFactor")).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"2fa-disable-not-allowed\"", page);
        Assert.DoesNotContain("data-testid=\"2fa-disable\"", page);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/users")).StatusCode);
    }

    private async Task<string> CreateAndReturnNameAsync(string userName)
    {
        await app.CreateUserAsync(userName);
        return userName;
    }

    /// <summary>A code no authenticator shows in the accepted window (±1 step).</summary>
    private string WrongCode(string key)
    {
        var now = app.Clock.GetUtcNow();
        var valid = new[] { -30, 0, 30 }.Select(s => Totp.CodeAt(key, now.AddSeconds(s))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => i.ToString("000000")).First(c => !valid.Contains(c));
    }
}

public sealed class SqliteSignInTests(SqliteApp app) : SignInTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbSignInTests(MariaDbApp app) : SignInTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
