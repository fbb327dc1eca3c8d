using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Supervision.Deadlines;

/// <summary>Runs a watch pass and then the escalation rules every minute; the pass itself is idempotent, so a missed or repeated tick is harmless.</summary>
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
                var (warned, overdue) = await scope.ServiceProvider.GetRequiredService<DeadlineWatchPass>().RunAsync(stoppingToken);
                var raised = await scope.ServiceProvider.GetRequiredService<Graded.EscalationPass>().RunAsync(stoppingToken);
                if (warned + overdue + raised > 0)
                    scope.ServiceProvider.GetRequiredService<Graded.SupervisionLive>().Changed();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Deadline watch pass failed");
            }
        }
    }
}
