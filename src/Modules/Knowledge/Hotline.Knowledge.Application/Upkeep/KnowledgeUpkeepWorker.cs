using Hotline.Knowledge.Gaps;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Knowledge.Upkeep;

/// <summary>
/// Runs the upkeep sweeps (gaps overdue, articles past their expiry date) every few minutes on the injected clock; tests
/// drive it with their fake clock or call the sweeps.
/// </summary>
internal sealed class KnowledgeUpkeepWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<KnowledgeUpkeepWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<GapOverdueSweep>().RunAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<ArticleExpirySweep>().RunAsync(stoppingToken);
            }
            // A failed round is logged and retried: an escaping exception would stop the host.
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Knowledge upkeep sweep failed");
            }
            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
