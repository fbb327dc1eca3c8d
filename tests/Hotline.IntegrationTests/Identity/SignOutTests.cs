using System.Net;
using System.Text.RegularExpressions;
using Hotline.Testing;

namespace Hotline.IntegrationTests.Identity;

/// <summary>
/// The sign-out form: a live session ends only with its own antiforgery token (and is audited); a session that
/// already expired on the clock, whose page still posts the idle sign-out, lands on the login page instead of an error.
/// </summary>
public abstract partial class SignOutTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private const string Password = IdentityTestData.StrongPassword;

    [Fact]
    public async Task Signing_out_needs_the_sessions_own_form_and_is_audited()
    {
        var id = await app.CreateUserAsync("signout.form");
        using var browser = new BrowserSession(app);
        await browser.SignInOrFailAsync("signout.form", Password);

        var forged = await browser.Client.PostAsync("/Account/Logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True(await browser.IsSignedInAsync());

        var token = await TokenAsync(browser);
        var response = await browser.Client.PostAsync("/Account/Logout", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("reason", "idle")]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login?idle=1", response.Headers.Location!.OriginalString);
        Assert.False(await browser.IsSignedInAsync());
        Assert.Equal("空闲超时退出", (await app.AuditOfAsync(id)).Last().Action);
    }

    [Fact]
    public async Task An_expired_session_posting_its_idle_sign_out_reaches_the_login_page()
    {
        await app.CreateUserAsync("signout.late");
        using var browser = new BrowserSession(app);
        await browser.SignInOrFailAsync("signout.late", Password);
        var token = await TokenAsync(browser);

        app.Clock.Advance(TimeSpan.FromHours(2));
        var response = await browser.Client.PostAsync("/Account/Logout", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("reason", "idle")]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login?idle=1", response.Headers.Location!.OriginalString);
    }

    /// <summary>The antiforgery token a signed-in page carries in its forms.</summary>
    private static async Task<string> TokenAsync(BrowserSession browser)
    {
        var html = await (await browser.GetAsync("/Account/Manage/ChangePassword")).Content.ReadAsStringAsync();
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "the page carries no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups["v"].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<v>[^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class SqliteSignOutTests(SqliteApp app) : SignOutTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbSignOutTests(MariaDbApp app) : SignOutTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
