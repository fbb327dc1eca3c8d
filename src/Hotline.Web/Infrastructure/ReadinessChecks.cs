using Hotline.Web.Infrastructure.Monitoring;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// /readyz: integration events waiting too long mean delivery is stuck (a handler failing again and again, the worker
/// stopped); events given up after their retries wait for an administrator.
/// </summary>
internal sealed class OutboxLagHealthCheck(PlatformDbContext db, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan DegradedAfter = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan UnhealthyAfter = TimeSpan.FromMinutes(30);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (_, lag, failed) = await OutboxBacklog.ReadAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var description = $"最早待处理事件已等待 {lag.TotalMinutes:N0} 分钟；放弃投递的事件 {failed} 条";
        var data = new Dictionary<string, object> { ["lagSeconds"] = (int)lag.TotalSeconds, ["failed"] = failed };
        if (lag > UnhealthyAfter)
            return HealthCheckResult.Unhealthy(description, data: data);
        return lag > DegradedAfter || failed > 0 ? HealthCheckResult.Degraded(description, data: data) : HealthCheckResult.Healthy(description, data);
    }
}

/// <summary>/readyz: the data directory's disk (attachments, the SQLite file, indexes, backups) running full.</summary>
internal sealed class DataDiskHealthCheck(HostingOptions hosting) : IHealthCheck
{
    private const long GiB = 1024L * 1024 * 1024;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var drive = new DriveInfo(hosting.FullDataDirectory);
        var free = drive.AvailableFreeSpace;
        var share = drive.TotalSize > 0 ? (double)free / drive.TotalSize : 1;
        var description = $"数据目录所在磁盘剩余 {free / (double)GiB:N1} GB（{share:P0}）";
        var data = new Dictionary<string, object> { ["freeBytes"] = free };
        return Task.FromResult(free < GiB ? HealthCheckResult.Unhealthy(description, data: data)
            : free < 5 * GiB || share < 0.1 ? HealthCheckResult.Degraded(description, data: data)
            : HealthCheckResult.Healthy(description, data));
    }
}

/// <summary>
/// <c>/healthz</c> is liveness (the process answers; a monitor restarts it when not) and <c>/readyz</c> readiness: the
/// database, the event delivery and the data disk, as JSON with each check's status and words; 503 when one is unhealthy.
/// </summary>
internal static class HealthEndpoints
{
    public static IServiceCollection AddHotlineHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<OutboxLagHealthCheck>("outbox")
            .AddCheck<DataDiskHealthCheck>("disk");
        return services;
    }

    public static void MapHotlineHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { ResponseWriter = WriteAsync });
    }

    private static Task WriteAsync(HttpContext http, HealthReport report) => http.Response.WriteAsJsonAsync(new
    {
        status = report.Status.ToString(),
        checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
    });
}
