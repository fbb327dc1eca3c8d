using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Hotline.IntegrationTests.Identity;
using Hotline.IntegrationTests.Intake;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.IntegrationTests.Security;

/// <summary>
/// No phone number, password, query code or token in any log line: a citizen submits and looks up their case, staff
/// sign in (wrongly, then rightly) and change a password, the background workers send the SMS — and every line the
/// application logged meanwhile, at every level, is scanned for those secrets.
/// </summary>
public abstract partial class PrivacyLogTests<TApp>(TApp app) where TApp : LogCapturingApp
{
    private const string Phone = "13798765432";
    private const string WrongPassword = "Wr0ng-Secret!9";

    [Fact]
    public async Task No_secret_reaches_a_log_line()
    {
        var secrets = new List<string> { Phone, WrongPassword, SweepWorld.Password };
        var baseline = await IntakeTestData.ComplaintAsync(app);

        // A citizen submits online: the answer carries the query code; the SMS goes out through the workers.
        using var citizen = new BrowserSession(app);
        var page = await (await citizen.GetAsync("/public/submit")).Content.ReadAsStringAsync();
        var question = QuestionPattern().Match(WebUtility.HtmlDecode(page));
        var challengeToken = WebUtility.HtmlDecode(ChallengeTokenPattern().Match(page).Groups[1].Value);
        secrets.Add(challengeToken);
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var submitted = await (await citizen.PostFormAsync("/public/submit", page, "public-submit", new()
        {
            ["Input.RequestType"] = "Complaint",
            ["Input.CategoryId"] = baseline.CategoryId.ToString()!,
            ["Input.AreaId"] = baseline.AreaId.ToString()!,
            ["Input.Address"] = "桃园镇中心街 8 号",
            ["Input.Content"] = "小区门口垃圾堆放多日无人清运，气味很大",
            ["Input.Phone"] = Phone,
            ["Input.Name"] = "李四",
            ["Input.ChallengeAnswer"] = (int.Parse(question.Groups[1].Value) + int.Parse(question.Groups[2].Value)).ToString(),
        })).Content.ReadAsStringAsync();
        var number = BrowserSession.TestIdText(submitted, "public-number");
        var code = BrowserSession.TestIdText(submitted, "public-code");
        Assert.False(string.IsNullOrEmpty(code), BrowserSession.TestIdText(submitted, "public-error"));
        Assert.Contains("我们也已通过短信发送给您", WebUtility.HtmlDecode(submitted)); // a mobile: the SMS is queued
        secrets.Add(code!);

        foreach (var secret in new[] { code!, Phone, "ZZZZZZ" })
            await citizen.SubmitFormAsync("/public/track", "public-track", new() { ["Input.Number"] = number!, ["Input.Code"] = secret });

        // Staff: a wrong password, the right one, and a password change that fails and one that works.
        using var staff = new BrowserSession(app);
        await staff.SignInAsync("agent", WrongPassword);
        await staff.SignInOrFailAsync("agent", SweepWorld.Password);
        const string NewPassword = "N3w-Passw0rd!x";
        secrets.Add(NewPassword);
        await staff.SubmitFormAsync("/Account/Manage/ChangePassword", "change-password",
            new() { ["Input.OldPassword"] = WrongPassword, ["Input.NewPassword"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword });
        await staff.SubmitFormAsync("/Account/Manage/ChangePassword", "change-password",
            new() { ["Input.OldPassword"] = SweepWorld.Password, ["Input.NewPassword"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword });

        // Let the workers send what was queued (the SMS with the query code).
        await app.WithScopeAsync(sp => sp.GetRequiredService<Hotline.Platform.Notifications.NotificationProcessor>().ProcessBatchAsync(CancellationToken.None));

        // The test sees what the app logs, and the SMS with the code really went out while it listened.
        Assert.Contains(app.Lines, l => l.Contains("Demo county ready", StringComparison.Ordinal));
        Assert.Contains(app.Service<Hotline.Platform.Notifications.RecordedSms>().To(Phone), text => text.Contains(code!, StringComparison.Ordinal));
        foreach (var line in app.Lines)
        {
            foreach (var secret in secrets)
                Assert.False(line.Contains(secret, StringComparison.Ordinal), $"A log line holds a secret ({Mask(secret)}): {line}");
            Assert.False(MobilePattern().IsMatch(line), $"A log line holds a phone number: {line}");
        }
    }

    private static string Mask(string secret) => secret.Length <= 4 ? "****" : secret[..2] + "****";

    [GeneratedRegex(@"(\d) \+ (\d) = \?")]
    private static partial Regex QuestionPattern();

    [GeneratedRegex("name=\"Input.ChallengeToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex ChallengeTokenPattern();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex MobilePattern();
}

/// <summary>The application with every log line, at every level, kept for the test to read.</summary>
public abstract class LogCapturingApp(DatabaseProvider provider) : HotlineAppFactory(provider)
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging =>
        {
            // Debug for every category, whatever the app's own configuration turns down: an operator may turn it up.
            logging.AddProvider(new CapturingProvider(_lines));
            logging.AddFilter<CapturingProvider>(null, LogLevel.Debug);
        });
    }

    internal sealed class CapturingProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, lines);

        public void Dispose() { }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The message, every structured value on its own and the exception: a secret hides in none of them.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] {exception}");
        }
    }
}

public sealed class SqliteLogApp() : LogCapturingApp(DatabaseProvider.Sqlite);

public sealed class MariaDbLogApp() : LogCapturingApp(DatabaseProvider.MySql);

public sealed class SqlitePrivacyLogTests(SqliteLogApp app) : PrivacyLogTests<SqliteLogApp>(app), IClassFixture<SqliteLogApp>;

public sealed class MariaDbPrivacyLogTests(MariaDbLogApp app) : PrivacyLogTests<MariaDbLogApp>(app), IClassFixture<MariaDbLogApp>;
