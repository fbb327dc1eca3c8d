using System.Net;
using System.Text.RegularExpressions;
using Hotline.Intake.Shared;
using Hotline.Intake.Registration;
using Hotline.Intake.Decisions;
using Hotline.Intake.Merging;
using Hotline.Intake.Repeats;
using Hotline.Intake.CaseSearch;
using Hotline.Intake.CaseSearch.Export;
using Hotline.Intake.CaseView;
using Hotline.Intake.Progress;
using Hotline.Intake.Intercepted;
using Hotline.Intake.FlowSheet;
using Hotline.Intake.Settings;
using Hotline.Intake.Today;
using Hotline.Intake.Domain;
using Hotline.Intake.Public;
using Hotline.IntegrationTests.Intake;
using Hotline.Platform;
using Hotline.Platform.Identity;
using Hotline.Platform.Security;
using Hotline.Platform.Seeding;
using Hotline.Testing;
using Hotline.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Identity;

/// <summary>
/// Issue #13 items 1, 2, 8, 16, 17, 18 over real HTTP and at the service layer: two-factor sign-in everywhere for the
/// roles that need it, demo mode tied to the environment, single-use TOTP codes and re-authentication, proxies,
/// headers, cookies, hosts and the key ring's file permissions.
/// </summary>
public abstract class SecurityHardeningTests<TApp>(TApp app) where TApp : HotlineAppFactory, new()
{
    private const string Password = IdentityTestData.StrongPassword;

    private static readonly string[] CenterAdminPages = ["/", "/cases", "/intake/register", "/admin/users", "/Account/Manage/ChangePassword"];

    private async Task<string> CreateCenterAdminAsync(string userName) =>
        await app.CreateUserAsync(userName, HotlineRoles.CenterAdmin, DemoCountyData.CenterCode);

    [Fact]
    public async Task A_center_admin_without_two_factor_reaches_only_the_enrolment_page_over_http()
    {
        await CreateCenterAdminAsync("sec.no2fa");
        using var browser = new BrowserSession(app);
        Assert.Equal("/Account/Manage/TwoFactor", (await browser.SignInOrFailAsync("sec.no2fa", Password)).AbsolutePath);

        foreach (var page in CenterAdminPages)
        {
            var refused = await browser.GetAsync(page);
            Assert.True(refused.StatusCode == HttpStatusCode.Redirect && refused.Headers.Location!.AbsolutePath == "/Account/AccessDenied",
                $"{page}: {(int)refused.StatusCode} {refused.Headers.Location}");
        }
        var denied = await (await browser.FollowAsync(await browser.GetAsync("/cases"))).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"access-denied-2fa\"", denied);
        Assert.DoesNotContain("工单查询", denied);

        // The enrolment page opens and offers the way out.
        var setup = await browser.GetAsync("/Account/Manage/TwoFactor?required=1");
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        Assert.Contains("data-testid=\"2fa-sign-out\"", await setup.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Enrolment_needs_the_current_password_and_then_opens_the_case_list()
    {
        var id = await CreateCenterAdminAsync("sec.enrol");
        using var browser = new BrowserSession(app);
        var url = (await browser.SignInOrFailAsync("sec.enrol", Password)).PathAndQuery;
        var html = await (await browser.GetAsync(url)).Content.ReadAsStringAsync();
        var key = BrowserSession.TestIdText(html, "2fa-shared-key")!;

        var wrongPassword = await browser.PostFormAsync(url, html, "enable-2fa",
            new() { ["Input.Password"] = "Wrong#Pass1", ["Input.Code"] = Totp.CodeAt(key, app.Clock.GetUtcNow()) });
        Assert.Contains("当前密码不正确", await BrowserSession.ErrorTextAsync(wrongPassword));
        Assert.False((await app.UserAsync("sec.enrol")).TwoFactorEnabled);
        Assert.Contains(await app.AuditOfAsync(id), a => a.Action == "启用两步验证被拒");

        var enabled = await browser.PostFormAsync(url, html, "enable-2fa",
            new() { ["Input.Password"] = Password, ["Input.Code"] = Totp.CodeAt(key, app.Clock.GetUtcNow()) });
        Assert.Contains("data-testid=\"recovery-codes\"", await enabled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/cases")).StatusCode);
    }

    [Fact]
    public async Task Services_refuse_a_center_admin_without_two_factor()
    {
        await CreateCenterAdminAsync("sec.svc");
        var registered = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13900000131"));
        await app.AsUserAsync("sec.svc", async sp =>
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => sp.GetRequiredService<AccessGate>().RequireAsync(HotlineRoles.CenterAdmin));
            Assert.False(await sp.GetRequiredService<AccessGate>().IsCenterAsync());
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => sp.GetRequiredService<CaseQueries>().ListAsync(new CaseListFilter(), CaseSort.RegisteredDesc, 0, 20));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => sp.GetRequiredService<CaseExport>().ExportAsync(new CaseListFilter(), CaseSort.RegisteredDesc));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => sp.GetRequiredService<CaseDetails>().GetAsync(registered.CaseId));
        });
        // The demo admin in demo mode is exempt (visibly), and the same services answer.
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<CaseQueries>().ListAsync(new CaseListFilter(), CaseSort.RegisteredDesc, 0, 20));
    }

    [Fact]
    public async Task A_code_is_accepted_once_and_a_new_time_step_brings_a_new_one()
    {
        await app.CreateUserAsync("sec.replay");
        var key = await app.EnableTwoFactorAsync("sec.replay");
        var code = Totp.CodeAt(key, app.Clock.GetUtcNow());

        using var first = new BrowserSession(app);
        var step = await first.SignInOrFailAsync("sec.replay", Password);
        var ok = await first.SubmitFormAsync(step.PathAndQuery, "login-with-2fa", new() { ["Input.Code"] = code });
        Assert.Equal("/", ok.Headers.Location?.AbsolutePath);

        using var second = new BrowserSession(app);
        step = await second.SignInOrFailAsync("sec.replay", Password);
        var replayed = await second.SubmitFormAsync(step.PathAndQuery, "login-with-2fa", new() { ["Input.Code"] = code });
        Assert.Contains("验证码不正确", await BrowserSession.ErrorTextAsync(replayed));

        app.Clock.Advance(Totp.Step);
        var next = await second.SubmitFormAsync(step.PathAndQuery, "login-with-2fa", new() { ["Input.Code"] = Totp.CodeAt(key, app.Clock.GetUtcNow()) });
        Assert.Equal("/", next.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Resetting_the_authenticator_needs_the_password_and_a_fresh_code_from_the_current_one()
    {
        var id = await app.CreateUserAsync("sec.reset");
        var key = await app.EnableTwoFactorAsync("sec.reset");
        using var browser = new BrowserSession(app);
        var step = await browser.SignInOrFailAsync("sec.reset", Password);
        var used = Totp.CodeAt(key, app.Clock.GetUtcNow());
        await browser.SubmitFormAsync(step.PathAndQuery, "login-with-2fa", new() { ["Input.Code"] = used });
        const string url = "/Account/Manage/TwoFactor";
        var html = await (await browser.GetAsync(url)).Content.ReadAsStringAsync();

        var noPassword = await browser.PostFormAsync(url, html, "reset-authenticator", new() { ["Reset.Password"] = "Wrong#Pass1", ["Reset.Code"] = used });
        Assert.Contains("当前密码不正确", await BrowserSession.ErrorTextAsync(noPassword));
        // The code that signed in is spent.
        var replay = await browser.PostFormAsync(url, html, "reset-authenticator", new() { ["Reset.Password"] = Password, ["Reset.Code"] = used });
        Assert.Contains("验证器验证码不正确", await BrowserSession.ErrorTextAsync(replay));
        Assert.True((await app.UserAsync("sec.reset")).TwoFactorEnabled);

        app.Clock.Advance(Totp.Step);
        var reset = await browser.PostFormAsync(url, html, "reset-authenticator",
            new() { ["Reset.Password"] = Password, ["Reset.Code"] = Totp.CodeAt(key, app.Clock.GetUtcNow()) });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False((await app.UserAsync("sec.reset")).TwoFactorEnabled);
        Assert.Contains(await app.AuditOfAsync(id), a => a.Action == "更换验证器");
    }

    [Fact]
    public async Task Outside_demo_mode_the_demo_password_signs_nobody_in_and_the_demo_admin_needs_two_factor()
    {
        using var demo = new TApp();
        using (var seeded = new BrowserSession(demo))
            await seeded.SignInOrFailAsync("zjj", DemoAccounts.Password);
        using var off = new HotlineAppFactory(demo, demoMode: false);
        using var browser = new BrowserSession(off);
        foreach (var userName in new[] { "zjj", "admin", "agent" })
        {
            var refused = await browser.SignInAsync(userName, DemoAccounts.Password);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("演示模式已关闭", await BrowserSession.ErrorTextAsync(refused));
        }
        Assert.False(await browser.IsSignedInAsync());

        // With a real password the former demo admin is no longer exempt: enrolment first, nothing else.
        await off.WithUsersAsync(async users =>
        {
            var admin = (await users.FindByNameAsync("admin"))!;
            return await users.ResetPasswordAsync(admin, await users.GeneratePasswordResetTokenAsync(admin), Password);
        });
        Assert.Equal("/Account/Manage/TwoFactor", (await browser.SignInOrFailAsync("admin", Password)).AbsolutePath);
        Assert.Equal("/Account/AccessDenied", (await browser.GetAsync("/cases")).Headers.Location?.AbsolutePath);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            off.AsUserAsync("admin", sp => sp.GetRequiredService<CaseQueries>().ListAsync(new CaseListFilter(), CaseSort.RegisteredDesc, 0, 20)));
    }

    [Fact]
    public async Task Demo_mode_is_refused_in_production_unless_forced()
    {
        using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient());
        Assert.Contains("AllowDemoModeInProduction", error.ToString());

        using var forced = app.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Hotline:AllowDemoModeInProduction", "true"));
        using var client = forced.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_the_csp_nonce_of_its_import_map()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/Account/Login");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.DoesNotContain("'unsafe-eval'", csp);
        var nonce = Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        // The browser reads the attribute HTML-decoded: a nonce with '+' is written as &#x2B; by Razor.
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches($"<script[^>]*type=\"importmap\"[^>]*nonce=\"{Regex.Escape(nonce)}\"|<script[^>]*nonce=\"{Regex.Escape(nonce)}\"[^>]*type=\"importmap\"", html);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
        // A second request has another nonce.
        var again = (await client.GetAsync("/Account/Login")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.NotEqual(csp, again);
        // Static files and redirects carry them too.
        Assert.True((await client.GetAsync("/cases")).Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Cookies_are_secure_over_https_and_plain_http_only_when_not_forced()
    {
        using var https = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var overHttps = SetCookies(await https.GetAsync("/Account/Login"));
        Assert.NotEmpty(overHttps);
        Assert.All(overHttps, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        using var http = app.CreateClient(new() { AllowAutoRedirect = false });
        var plain = SetCookies(await http.GetAsync("/Account/Login"));
        Assert.NotEmpty(plain);
        Assert.All(plain, c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));

        // Forced: the sign-in cookie is Secure even when the app sees plain HTTP (TLS ends at a proxy).
        using var forced = app.WithWebHostBuilder(b => b.UseSetting("Security:SecureCookiesAlways", "true"));
        using var forcedClient = forced.CreateClient(new() { AllowAutoRedirect = false });
        var signedIn = await PostLoginAsync(forcedClient, "agent", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = SetCookies(signedIn).Single(c => c.StartsWith("hotline.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        var plainAuth = SetCookies(await PostLoginAsync(http, "agent", DemoAccounts.Password)).Single(c => c.StartsWith("hotline.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", plainAuth, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Posts the login form with a client that keeps cookies, as a browser would.</summary>
    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password)
    {
        var page = await (await client.GetAsync("/Account/Login")).Content.ReadAsStringAsync();
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var handler = Regex.Match(page, "name=\"_handler\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = handler,
            ["Input.UserName"] = userName, ["Input.Password"] = password,
        }));
    }

    [Fact]
    public async Task Hosts_https_redirection_and_hsts_follow_the_configuration()
    {
        using var strict = app.WithWebHostBuilder(b => b
            .UseSetting("AllowedHosts", "hotline.example.gov.cn")
            .UseSetting("Security:HttpsRedirection", "true")
            .UseSetting("https_port", "443")
            .UseSetting("Security:Hsts", "true"));
        using var wrongHost = strict.CreateClient(new() { BaseAddress = new Uri("https://evil.example.com"), AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.BadRequest, (await wrongHost.GetAsync("/Account/Login")).StatusCode);

        using var plain = strict.CreateClient(new() { BaseAddress = new Uri("http://hotline.example.gov.cn"), AllowAutoRedirect = false });
        var redirect = await plain.GetAsync("/Account/Login");
        Assert.True(redirect.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect, redirect.StatusCode.ToString());
        Assert.Equal("https", redirect.Headers.Location!.Scheme);

        using var secure = strict.CreateClient(new() { BaseAddress = new Uri("https://hotline.example.gov.cn"), AllowAutoRedirect = false });
        var page = await secure.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task The_client_address_comes_from_forwarded_headers_of_a_known_proxy_only()
    {
        using var proxied = app.WithWebHostBuilder(b => b
            .UseSetting("Security:KnownProxies", "10.1.1.1")
            .ConfigureServices(s => s.AddSingleton<IStartupFilter, TestPeerAddress>()));
        var agent = await app.UserAsync("agent");

        async Task<string?> LoginIpAsync(string peer, string forwardedFor)
        {
            using var client = proxied.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
            client.DefaultRequestHeaders.Add(TestPeerAddress.Header, peer);
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
            var posted = await PostLoginAsync(client, "agent", DemoAccounts.Password);
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            return (await app.AuditOfAsync(agent.Id)).Last(a => a.Action == "登录成功").IpAddress;
        }

        Assert.Equal("198.51.100.23", await LoginIpAsync("10.1.1.1", "198.51.100.23"));
        // Anyone else cannot choose the address the audit log and the rate limits see.
        Assert.Equal("10.9.9.9", await LoginIpAsync("10.9.9.9", "198.51.100.24"));
    }

    [Fact]
    public async Task Requests_without_an_address_share_one_bucket_and_do_not_use_up_a_real_address()
    {
        await app.WithScopeAsync(async sp =>
        {
            var lookup = sp.GetRequiredService<ProgressLookup>();
            async Task<string> TryAsync(string? ip)
            {
                try { await lookup.FindAsync($"NOPE{Guid.NewGuid():N}", "0000", ip); return "answered"; }
                catch (Hotline.Platform.BusinessRuleException e) { return e.Message; }
            }
            for (var i = 0; i < 20; i++)
                Assert.DoesNotContain("过于频繁", await TryAsync(i % 2 == 0 ? null : " "));
            Assert.Contains("过于频繁", await TryAsync(null));
            Assert.Contains("过于频繁", await TryAsync(""));
            Assert.DoesNotContain("过于频繁", await TryAsync("203.0.113.77"));
        });
        Assert.Equal(ClientAddress.Unknown, ClientAddress.Key(null));
    }

    [Fact]
    public async Task The_key_ring_is_readable_by_the_service_user_only()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var client = app.CreateClient();
        await client.GetAsync("/Account/Login"); // the antiforgery token needs a key
        var keys = new DirectoryInfo(Path.Combine(app.DataDirectory, "keys"));
        Assert.Equal(RestrictedKeyRepository.DirectoryMode, File.GetUnixFileMode(keys.FullName));
        var files = keys.GetFiles("*.xml");
        Assert.NotEmpty(files);
        foreach (var file in files)
            Assert.Equal(RestrictedKeyRepository.FileMode, File.GetUnixFileMode(file.FullName));
    }

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

    /// <summary>TestServer has no peer address; this stands in for the TCP connection a proxy would make.</summary>
    private sealed class TestPeerAddress : IStartupFilter
    {
        public const string Header = "X-Test-Peer";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var peer))
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                await nextMiddleware();
            });
            next(app);
        };
    }
}

public sealed class SqliteSecurityHardeningTests(SqliteApp app) : SecurityHardeningTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbSecurityHardeningTests(MariaDbApp app) : SecurityHardeningTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
