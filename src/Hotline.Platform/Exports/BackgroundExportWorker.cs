using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Exports;

/// <summary>Runs a module's export jobs in the background: at start (resuming those a restart cut off), when one is queued, and every minute for expiry.</summary>
internal sealed class BackgroundExportWorker<TRunner>(TRunner runner, ILogger<TRunner> log) : BackgroundService where TRunner : IBackgroundExportRunner
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunUntilIdleAsync(stoppingToken);
                await runner.WaitAsync(TimeSpan.FromMinutes(1), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                log.LogError(ex, "Export worker failed; retrying in a minute");
                try { await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken); } catch (OperationCanceledException) { return; }
            }
        }
    }
}
