using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Persistence;

/// <summary>
/// EF Core 9 logs a connection open that was cancelled — a circuit that left its page while its query waited for a
/// pooled connection — as error 20004, without the exception (EF Core 10 logs it at debug). So that event is logged at
/// debug (<see cref="HotlineDbContextOptions"/>) and a real connection failure is logged here, with its exception.
/// </summary>
internal sealed class ConnectionFailureLog : DbConnectionInterceptor
{
    public const string Category = "Hotline.Database";

    public static readonly ConnectionFailureLog Instance = new();

    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Log(eventData, default);

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Log(eventData, cancellationToken);
        return Task.CompletedTask;
    }

    private static void Log(ConnectionErrorEventData e, CancellationToken cancellationToken)
    {
        if (e.Exception is OperationCanceledException || cancellationToken.IsCancellationRequested)
            return;
        e.Context?.GetService<ILoggerFactory>().CreateLogger(Category)
            .LogError(e.Exception, "数据库连接出错（数据库 {Database}）。", e.Connection.Database);
    }
}
