using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Hotline.IntegrationTests.Identity;
using Hotline.IntegrationTests.Intake;
using Hotline.Intake.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Security;

/// <summary>
/// Hostile input through real HTTP and the real server-rendered forms: markup, SQL metacharacters, a 1 MB string,
/// control characters, a right-to-left override, emoji and rare CJK, malformed ids, dates and numbers, wrong
/// content types and truncated multipart bodies. Whatever comes in: never a 500, never markup rendered live, and
/// a submission is either saved whole or not at all.
/// </summary>
public abstract partial class HostileInputTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private static readonly string[] Markup =
    [
        "<script>alert('x')</script>",
        "\"><img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)><a href=\"javascript:alert(1)\">x</a>",
    ];

    private static readonly string[] Payloads =
    [
        .. Markup,
        "'; DROP TABLE intake_cases; -- \" OR 1=1 /*",
        new string('A', 1024 * 1024),
        "前\0后\u0001\u0007\u001b[31m\u007f",
        "\u202Etxt.exe\u202C",
        "😀👨‍👩‍👧 𠀀𪚥𰻞 \uFFFD",
        "2026-13-45T25:61:00",
        "-1",
        "99999999999999999999999999",
    ];

    private static readonly string[] Malformed =
        ["not-a-guid", "00000000-0000-0000-0000-000000000000", "-1", "99999999999999999999", "1e309", "NaN", "", "<b>x</b>", "'"];

    private static string Sample(string payload) => payload.Length > 40 ? payload[..40] + "…" : payload;

    private static async Task<string> AssertSafeAsync(HttpResponseMessage response, string what)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{what}: {(int)response.StatusCode}");
        foreach (var markup in Markup)
            Assert.False(html.Contains(markup, StringComparison.Ordinal), $"{what}: rendered live: {markup}");
        return html;
    }

    [Fact]
    public async Task The_public_submission_form_refuses_or_saves_whole_and_never_fails()
    {
        var baseline = await IntakeTestData.ComplaintAsync(app);
        var n = 0;
        var fields = new[] { "Input.Content", "Input.Address", "Input.Name", "Input.Phone" };
        var attempts = fields.SelectMany(f => Payloads.Select(p => (Field: f, Value: f == "Input.Content" ? "小区路灯坏了一个月没人修" + p : p)))
            .Concat(new[] { "Input.CategoryId", "Input.AreaId", "Input.RequestType", "Input.Confidential", "Input.SubmissionKey", "Input.ChallengeToken", "Input.ChallengeAnswer" }
                .SelectMany(f => Malformed.Select(m => (Field: f, Value: m))));
        foreach (var (field, value) in attempts)
        {
            // Past the hourly address limit each time, on the app clock: every attempt reaches validation.
            app.Clock.Advance(TimeSpan.FromMinutes(61));
            using var browser = new BrowserSession(app);
            var page = await (await browser.GetAsync("/public/submit")).Content.ReadAsStringAsync();
            var question = QuestionPattern().Match(WebUtility.HtmlDecode(page));
            app.Clock.Advance(TimeSpan.FromSeconds(30));
            var key = Guid.NewGuid();
            var form = new Dictionary<string, string>
            {
                ["Input.SubmissionKey"] = key.ToString(),
                ["Input.RequestType"] = "Complaint",
                ["Input.CategoryId"] = baseline.CategoryId.ToString()!,
                ["Input.AreaId"] = baseline.AreaId.ToString()!,
                ["Input.Address"] = "桃园镇中心街 1 号",
                ["Input.Content"] = "小区路灯坏了一个月没人修，晚上出行不便",
                ["Input.Phone"] = $"1370{n++:0000000}",
                ["Input.Name"] = "张三",
                ["Input.ChallengeAnswer"] = (int.Parse(question.Groups[1].Value) + int.Parse(question.Groups[2].Value)).ToString(),
                [field] = value,
            };
            var before = await CountsAsync();
            var html = await AssertSafeAsync(await browser.PostFormAsync("/public/submit", page, "public-submit", form), $"submit {field}={Sample(value)}");
            var saved = BrowserSession.TestIdText(html, "public-number");
            var after = await CountsAsync();
            if (saved is null)
            {
                Assert.True(before == after, $"submit {field}={Sample(value)}: refused but rows were written");
                continue;
            }
            Assert.Equal((before.Cases + 1, before.Requests + 1), after);
            var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().Cases.AsNoTracking().SingleAsync(c => c.Number == saved));
            if (field == "Input.Content")
                Assert.Equal(value.Trim(), stored.Content);
        }
    }

    [Fact]
    public async Task The_lookup_the_rating_page_the_login_and_the_downloads_survive_every_payload()
    {
        using var browser = new BrowserSession(app);
        var i = 0;
        foreach (var payload in Payloads.Concat(Malformed))
        {
            if (i++ % 10 == 0)
                app.Clock.Advance(TimeSpan.FromMinutes(16)); // past the lookup and sign-in limits, so each try is handled
            await AssertSafeAsync(await browser.SubmitFormAsync("/public/track", "public-track",
                new() { ["Input.Number"] = payload, ["Input.Code"] = payload }), $"track {Sample(payload)}");
            await AssertSafeAsync(await browser.SubmitFormAsync("/public/track", "public-track",
                new() { ["Input.Number"] = "QH202611250001", ["Input.Code"] = payload }), $"track code {Sample(payload)}");
            await AssertSafeAsync(await browser.SubmitFormAsync("/Account/Login", "login",
                new() { ["Input.UserName"] = payload, ["Input.Password"] = payload }), $"login {Sample(payload)}");

            // NUL cannot travel in a path at all (the server refuses it before the app); the rest of the payload does.
            var token = Uri.EscapeDataString((payload.Length > 2000 ? payload[..2000] : payload).Replace("\0", ""));
            var rate = await browser.GetAsync($"/public/rate/{token}");
            var rateHtml = await AssertSafeAsync(rate, $"rate page {Sample(payload)}");
            if (rateHtml.Contains("public-rate", StringComparison.Ordinal))
                await AssertSafeAsync(await browser.PostFormAsync($"/public/rate/{token}", rateHtml, "public-rate",
                    new() { ["Input.Comment"] = payload, ["Input.Resolved"] = payload, ["Input.Intake"] = payload }), $"rate post {Sample(payload)}");
            await AssertSafeAsync(await browser.GetAsync($"/downloads/{token}"), $"download {Sample(payload)}");
        }
    }

    [Fact]
    public async Task Wrong_content_types_and_truncated_bodies_are_refused_without_a_server_error()
    {
        using var browser = new BrowserSession(app);
        var before = await CountsAsync();
        foreach (var url in new[] { "/public/submit", "/public/track", "/Account/Login", "/public/rate/x", "/Account/Logout" })
        {
            var bodies = new List<HttpContent>
            {
                new StringContent("{\"Input.Content\":\"<script>alert('x')</script>\"}", Encoding.UTF8, "application/json"),
                new StringContent("<Input><Content>x</Content></Input>", Encoding.UTF8, "application/xml"),
                new StringContent("Input.Content=%E4%B8%AD%ZZ&&&==", Encoding.UTF8, "application/x-www-form-urlencoded"),
                new ByteArrayContent([0xFF, 0xFE, 0x00, 0x01, 0x80]),
            };
            var truncated = new StringContent("--b0\r\nContent-Disposition: form-data; name=\"Input.Content\"\r\n\r\nabc", Encoding.UTF8);
            truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b0");
            bodies.Add(truncated);
            var noBoundary = new StringContent("--x\r\n", Encoding.UTF8);
            noBoundary.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
            bodies.Add(noBoundary);
            foreach (var body in bodies)
            {
                var response = await browser.Client.PostAsync(url, body);
                await AssertSafeAsync(response, $"POST {url} as {body.Headers.ContentType}");
            }
        }
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_staff_form_over_http_survives_every_payload()
    {
        using var browser = new BrowserSession(app);
        await browser.SignInOrFailAsync("agent", SweepWorld.Password);
        foreach (var payload in Payloads)
        {
            var response = await browser.SubmitFormAsync("/Account/Manage/ChangePassword", "change-password",
                new() { ["Input.OldPassword"] = payload, ["Input.NewPassword"] = payload, ["Input.ConfirmPassword"] = payload });
            await AssertSafeAsync(response, $"change password {Sample(payload)}");
        }
        // The demo password still works: nothing was changed by any of them.
        using var again = new BrowserSession(app);
        await again.SignInOrFailAsync("agent", SweepWorld.Password);
    }

    private Task<(int Cases, int Requests)> CountsAsync() => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<IntakeDbContext>();
        return (await db.Cases.CountAsync(), await db.Requests.CountAsync());
    });

    [GeneratedRegex(@"(\d) \+ (\d) = \?")]
    private static partial Regex QuestionPattern();
}

public sealed class SqliteHostileInputTests(SqliteApp app) : HostileInputTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbHostileInputTests(MariaDbApp app) : HostileInputTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
