using System.Net;
using Hotline.IntegrationTests.Identity;
using Hotline.Platform.Auditing;
using Hotline.Platform.Identity;
using Hotline.Platform.Persistence;
using Hotline.Platform.Seeding;
using Hotline.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Operations;

/// <summary>
/// A production install (#20) never has a default password: with no account and no configured password the first start
/// writes a one-time token (mode 0600) and /setup creates the first CenterAdmin for whoever holds it, then closes.
/// </summary>
public sealed class FirstAdminSetupTests : IDisposable
{
    private const string Password = IdentityTestData.StrongPassword;

    private sealed class FreshInstall : HotlineAppFactory
    {
        public FreshInstall() : base(DatabaseProvider.Sqlite, demoMode: false) { }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hotline:InitialAdminPassword", "");
        }
    }

    private readonly FreshInstall _app = new();

    private string TokenPath => Path.Combine(_app.DataDirectory, FirstAdminSetup.TokenFileName);

    [Fact]
    public async Task The_first_start_writes_a_private_token_and_the_login_page_points_to_setup()
    {
        _ = _app.Services;

        Assert.True(File.Exists(TokenPath));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(TokenPath));
        Assert.Matches("^[0-9a-f]{32}$", File.ReadAllText(TokenPath).Trim());
        using var browser = new BrowserSession(_app);
        var login = await (await browser.GetAsync("/Account/Login")).Content.ReadAsStringAsync();
        Assert.Contains("setup-pending", login);
        Assert.Equal(0, await UserCountAsync());
    }

    [Fact]
    public async Task A_wrong_token_or_a_weak_password_creates_nothing_and_says_why()
    {
        _ = _app.Services;
        using var browser = new BrowserSession(_app);

        var wrongToken = await browser.SubmitFormAsync("/setup", "setup", Fields("0123456789abcdef0123456789abcdef", Password));
        Assert.Contains("初始化令牌不正确", await BrowserSession.ErrorTextAsync(wrongToken));

        var weak = await browser.SubmitFormAsync("/setup", "setup", Fields(File.ReadAllText(TokenPath).Trim(), "short"));
        Assert.Contains("密码", await BrowserSession.ErrorTextAsync(weak));

        var mismatch = await browser.SubmitFormAsync("/setup", "setup",
            new(Fields(File.ReadAllText(TokenPath).Trim(), Password)) { ["Input.ConfirmPassword"] = Password + "x" });
        Assert.Contains("两次输入的密码不一致", await BrowserSession.ErrorTextAsync(mismatch));

        Assert.Equal(0, await UserCountAsync());
        Assert.True(File.Exists(TokenPath));
    }

    [Fact]
    public async Task The_token_creates_one_center_admin_once_then_the_page_is_gone()
    {
        _ = _app.Services;
        using var browser = new BrowserSession(_app);

        var created = await browser.SubmitFormAsync("/setup", "setup", Fields(File.ReadAllText(TokenPath).Trim(), Password));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/Account/Login", created.Headers.Location!.AbsolutePath);
        Assert.False(File.Exists(TokenPath));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var admin = await users.FindByNameAsync("zhang.admin");
            Assert.NotNull(admin);
            Assert.Equal("张管理", admin.DisplayName);
            Assert.True(await users.IsInRoleAsync(admin, HotlineRoles.CenterAdmin));
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            Assert.Contains(await db.AuditLog.Where(a => a.ObjectId == admin.Id).Select(a => a.Action).ToListAsync(), a => a == "初始化管理员");
        }
        var signIn = await browser.SignInAsync("zhang.admin", Password);
        Assert.Contains("Account/Manage/TwoFactor", signIn.Headers.Location!.OriginalString);

        var again = await browser.GetAsync("/setup");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.DoesNotContain("setup-token", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await UserCountAsync());
    }

    [Fact]
    public async Task A_token_copied_before_the_first_account_exists_no_longer_opens_setup_after_a_restart()
    {
        _ = _app.Services;
        var token = File.ReadAllText(TokenPath).Trim();
        using (var browser = new BrowserSession(_app))
            await browser.SubmitFormAsync("/setup", "setup", Fields(token, Password));
        await File.WriteAllTextAsync(TokenPath, token);

        using var restarted = new HotlineAppFactory(_app);
        _ = restarted.Services;

        Assert.False(File.Exists(TokenPath));
    }

    private static Dictionary<string, string> Fields(string token, string password) => new()
    {
        ["Input.Token"] = token,
        ["Input.UserName"] = "zhang.admin",
        ["Input.DisplayName"] = "张管理",
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    private Task<int> UserCountAsync() => _app.WithScopeAsync(sp => sp.GetRequiredService<UserAccessDbContext>().Users.CountAsync());

    public void Dispose() => _app.Dispose();
}
