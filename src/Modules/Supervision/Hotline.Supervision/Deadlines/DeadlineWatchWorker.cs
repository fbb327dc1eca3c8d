using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Supervision.Deadlines;

/// <summary>Runs a watch pass every minute; the pass itself is idempotent, so a missed or repeated tick is harmless.</summary>
internal sealed class DeadlineWatchWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DeadlineWatchWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DeadlineWatchPass>().RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Deadline watch pass failed");
            }
        }
    }
}
