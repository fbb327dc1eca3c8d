using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.IntegrationTests.Platform;

/// <summary>
/// A cancelled connection open (a circuit leaving its page under load) is not an error in the log; a connection that
/// really fails is, with its exception — EF Core 9 logged both as error 20004 without the exception.
/// </summary>
public sealed class ConnectionFailureLogTests
{
    private sealed record Entry(string Category, LogLevel Level, Exception? Exception);

    private sealed class Capture : ILoggerProvider
    {
        public List<Entry> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose() { }

        private sealed class Logger(Capture capture, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (capture.Entries)
                    capture.Entries.Add(new Entry(category, logLevel, exception));
            }
        }
    }

    private sealed class Probe(DbContextOptions<Probe> options) : DbContext(options);

    private static (Probe Db, Capture Log, ServiceProvider Services) Open(string connectionString)
    {
        var log = new Capture();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Debug))
            .AddDbContext<Probe>(o => o.UseHotlineDatabase(new DatabaseOptions(), connectionString))
            .BuildServiceProvider();
        return (services.GetRequiredService<Probe>(), log, services);
    }

    [Fact]
    public async Task A_cancelled_open_logs_no_error()
    {
        var (db, log, services) = Open("Data Source=:memory:");
        await using var _ = services;
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Database.OpenConnectionAsync(cancelled.Token));

        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_connection_that_fails_is_logged_as_an_error_with_its_exception()
    {
        var missing = Path.Combine(Path.GetTempPath(), "hotline-missing-" + Guid.NewGuid().ToString("N"), "x.db");
        var (db, log, services) = Open($"Data Source={missing};Mode=ReadOnly");
        await using var _ = services;

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.OpenConnectionAsync());

        var error = Assert.Single(log.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal((ConnectionFailureLog.Category, true), (error.Category, error.Exception is not null));
    }
}
