using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Messaging;

/// <summary>Runs batches until none is left, then sleeps until signalled or the poll interval passes.</summary>
public abstract class PollingWorker(WorkSignal signal, TimeSpan pollInterval, ILogger logger) : BackgroundService
{
    protected abstract Task<int> ProcessBatchAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await ProcessBatchAsync(stoppingToken) > 0) { }
            }
            // Any failure but our own shutdown is logged and retried: an escaping exception would stop the host.
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "{Worker} failed; retrying after the poll interval", GetType().Name);
            }

            try
            {
                await signal.WaitAsync(pollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
