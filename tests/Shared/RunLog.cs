using System.Text.RegularExpressions;
using Hotline.Platform.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Testing;

/// <summary>
/// Every log line any test host writes (the app's own categories at every level, the framework at the app's configured
/// levels) goes to artifacts/logs/, and every secret the app sends by SMS to a ledger beside it, so that
/// scripts/scan-logs.sh can check the whole test run for phone numbers, passwords, query codes and tokens (issue #13).
/// </summary>
public static partial class RunLog
{
    private static readonly Lock Gate = new();
    private static readonly Lazy<(StreamWriter Log, StreamWriter Secrets)?> Files = new(Open);

    /// <summary>artifacts/logs under the repository, or null when the tests run outside it (then nothing is kept).</summary>
    public static string? Folder { get; } = FindFolder();

    public static void Line(string line)
    {
        if (Files.Value is not { } files)
            return;
        lock (Gate)
            files.Log.WriteLine(line.ReplaceLineEndings(" ⏎ "));
    }

    /// <summary>Keeps the query codes and link tokens of a text the app sent, for the scan to look for by value.</summary>
    public static void SecretsOf(string sentText)
    {
        if (Files.Value is not { } files)
            return;
        lock (Gate)
        {
            foreach (Match m in IssuedSecret().Matches(sentText))
                files.Secrets.WriteLine(m.Value);
        }
    }

    public static ILoggingBuilder AddRunLog(this ILoggingBuilder logging)
    {
        logging.AddProvider(new RunLogProvider());
        logging.AddFilter<RunLogProvider>("Hotline", LogLevel.Debug);
        return logging;
    }

    /// <summary>Wraps every notification sender so what goes out by SMS lands in the ledger first.</summary>
    public static IServiceCollection RecordIssuedSecrets(this IServiceCollection services)
    {
        var senders = services.Where(d => d.ServiceType == typeof(INotificationSender)).ToList();
        foreach (var d in senders)
        {
            services.Remove(d);
            services.Add(new ServiceDescriptor(typeof(INotificationSender),
                sp => new LedgerSender((INotificationSender)(d.ImplementationInstance
                    ?? d.ImplementationFactory?.Invoke(sp)
                    ?? ActivatorUtilities.CreateInstance(sp, d.ImplementationType!))),
                d.Lifetime));
        }
        return services;
    }

    private static (StreamWriter, StreamWriter)? Open()
    {
        if (Folder is null)
            return null;
        Directory.CreateDirectory(Folder);
        var name = $"{AppDomain.CurrentDomain.FriendlyName}-{Environment.ProcessId}";
        return (new StreamWriter(Path.Combine(Folder, name + ".log"), append: true) { AutoFlush = true },
            new StreamWriter(Path.Combine(Folder, "secrets-" + name + ".txt"), append: true) { AutoFlush = true });
    }

    private static string? FindFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hotline.Blazor.sln")))
            dir = dir.Parent;
        return dir is null ? null : Path.Combine(dir.FullName, "artifacts", "logs");
    }

    /// <summary>A query code (6 characters of its alphabet, standing alone) or a rating-link token (43 base64url characters).</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])[23456789A-HJ-NP-Z]{6}(?![A-Za-z0-9])|(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")]
    private static partial Regex IssuedSecret();

    private sealed class RunLogProvider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new RunLogger(categoryName);

        public void Dispose() { }
    }

    private sealed class RunLogger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The message, every structured value on its own and the exception: a secret hides in none of them.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            Line($"{logLevel} {category}: {formatter(state, exception)} [{values}] {exception}");
        }
    }

    private sealed class LedgerSender(INotificationSender inner) : INotificationSender
    {
        public NotificationChannel Channel => inner.Channel;

        public Task<string> SendAsync(Notification notification, CancellationToken cancellationToken)
        {
            if (inner.Channel == NotificationChannel.Sms)
                SecretsOf(notification.Body);
            return inner.SendAsync(notification, cancellationToken);
        }

        public Task AfterSavedAsync(Notification notification, CancellationToken cancellationToken) =>
            inner.AfterSavedAsync(notification, cancellationToken);
    }
}
