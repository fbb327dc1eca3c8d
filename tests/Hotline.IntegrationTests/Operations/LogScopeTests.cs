using System.Collections.Concurrent;
using Hotline.IntegrationTests.Identity;
using Hotline.IntegrationTests.Intake;
using Hotline.Platform.Persistence;
using Hotline.Platform.Seeding;
using Hotline.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.IntegrationTests.Operations;

/// <summary>
/// Structured logs (#20): a line written while the app works on a case names the case number and the user (for a page
/// or request) or the event (for a module's handler), as scope properties the JSON formatter writes; and no line carries
/// the caller's phone number.
/// </summary>
public sealed class LogScopeTests : IDisposable
{
    private const string Phone = "13987654321";

    private sealed class CapturingApp(CapturedLines lines) : HotlineAppFactory(DatabaseProvider.Sqlite)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Everything, the database commands included, so that every line the work writes is looked at.
            builder.ConfigureLogging(logging => logging.AddProvider(lines).AddFilter<CapturedLines>(null, LogLevel.Trace));
        }
    }

    private readonly CapturedLines _lines = new();
    private readonly CapturingApp _app;

    public LogScopeTests() => _app = new CapturingApp(_lines);

    [Fact]
    public async Task Lines_of_a_case_name_its_number_and_the_user_or_event_and_never_the_callers_phone()
    {
        var registered = await IntakeTestData.RegisterAsync(_app, await IntakeTestData.ComplaintAsync(_app, phone: Phone));
        await _app.DeliverEventsAsync();
        using var browser = new BrowserSession(_app);
        await browser.SignInOrFailAsync("agent", DemoAccounts.Password);
        _lines.Clear();
        var page = await browser.GetAsync($"/cases/{registered.CaseId}");
        Assert.True(page.IsSuccessStatusCode);

        var pageLines = _lines.Where(l => l.Scope.TryGetValue("CaseNumber", out var n) && Equals(n, registered.CaseNumber)).ToList();
        Assert.NotEmpty(pageLines);
        Assert.All(pageLines, l => Assert.Equal("agent", l.Scope["User"]));

        // A new event about a case: the lines its handlers write name the event and the case.
        _lines.Clear();
        var second = await IntakeTestData.RegisterAsync(_app, await IntakeTestData.ComplaintAsync(_app, phone: Phone));
        await _app.DeliverEventsAsync();
        var eventLines = _lines.Where(l => l.Scope.TryGetValue("CaseNumber", out var n) && Equals(n, second.CaseNumber)
                                           && l.Scope.ContainsKey("EventType") && l.Scope.ContainsKey("EventId")).ToList();
        Assert.NotEmpty(eventLines);

        Assert.DoesNotContain(_lines.All, l => l.Text.Contains(Phone, StringComparison.Ordinal));
    }

    public void Dispose() => _app.Dispose();

    internal sealed record Line(string Category, string Text, IReadOnlyDictionary<string, object?> Scope);

    /// <summary>Keeps every line with its scope properties, as the JSON formatter would write them.</summary>
    internal sealed class CapturedLines : ILoggerProvider, ISupportExternalScope
    {
        private readonly ConcurrentQueue<Line> _lines = new();
        private readonly ConcurrentQueue<Line> _all = new();
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public IEnumerable<Line> All => _all;

        public IEnumerable<Line> Where(Func<Line, bool> predicate) => _lines.Where(predicate);

        public void Clear() => _lines.Clear();

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose() { }

        private void Add(string category, string message, Exception? exception)
        {
            var scope = new Dictionary<string, object?>();
            var text = message + " " + exception;
            _scopes.ForEachScope((value, state) =>
            {
                if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var (key, item) in pairs)
                        state[key] = item;
                }
                else if (value is IEnumerable<KeyValuePair<string, object>> plain)
                {
                    foreach (var (key, item) in plain)
                        state[key] = item;
                }
            }, scope);
            text += " " + string.Join(" ", scope.Values);
            var line = new Line(category, text, scope);
            _lines.Enqueue(line);
            _all.Enqueue(line);
        }

        private sealed class Logger(CapturedLines owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Add(category, formatter(state, exception), exception);
        }
    }
}
