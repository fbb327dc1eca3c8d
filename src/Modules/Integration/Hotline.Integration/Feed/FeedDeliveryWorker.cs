using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Integration.Feed;

/// <summary>Runs the dispatcher while there is work, then waits for a new event, a retry, or the next due retry (at most 5 s).</summary>
internal sealed class FeedDeliveryWorker(FeedDispatcher dispatcher, FeedSignal signal, ILogger<FeedDeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await dispatcher.RunOnceAsync(stoppingToken) > 0) { }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Feed delivery pass failed; retrying");
            }
            try
            {
                await signal.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
