using Hotline.Platform.Monitoring;

namespace Hotline.Web.Infrastructure.Monitoring;

/// <summary>
/// The gauges read from the database (event delivery, last backup) are sampled every <see cref="Every"/> in the
/// background, so that a scrape never waits for a query; the disk and the circuits are read at the scrape.
/// </summary>
internal sealed class OperationsGauges : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(15);

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<OperationsGauges> _logger;
    private OperationsSnapshot? _latest;

    public OperationsGauges(IServiceScopeFactory scopes, HotlineMetrics metrics, OpenCircuits circuits, TimeProvider clock, ILogger<OperationsGauges> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _logger = logger;
        var meter = metrics.Meter;
        meter.CreateObservableGauge("hotline.outbox.pending", () => _latest?.PendingEvents ?? 0, "{event}", "Integration events waiting for delivery");
        meter.CreateObservableGauge("hotline.outbox.failed", () => _latest?.FailedEvents ?? 0, "{event}", "Integration events given up after their retries");
        meter.CreateObservableGauge("hotline.outbox.lag", () => _latest?.OutboxLag.TotalSeconds ?? 0, "s", "Age of the oldest event waiting for delivery");
        meter.CreateObservableGauge("hotline.circuits.open", () => circuits.Count, "{circuit}", "Open Blazor pages on this node");
        meter.CreateObservableGauge("hotline.disk.free", () => _latest?.DiskFreeBytes ?? 0, "By", "Free space on the data directory's disk");
        meter.CreateObservableGauge("hotline.backup.age", () => _latest?.LastBackup is { } b ? (_clock.GetUtcNow().UtcDateTime - b.AtUtc).TotalSeconds : -1,
            "s", "Seconds since the last backup (-1: none yet)");
    }

    public OperationsSnapshot? Latest => _latest;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Real time, not the app's clock: a sampling cadence is no business rule, and a test that moves the app's clock
        // by days would otherwise run thousands of samples.
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                _latest = await scope.ServiceProvider.GetRequiredService<OperationsProbe>().ReadAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                _logger.LogWarning(ex, "Could not sample the operations gauges");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
