using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Archive.Export;

/// <summary>Runs export jobs in the background: at start (resuming those a restart cut off), when one is queued, and every minute for expiry.</summary>
internal sealed class ExportWorker(ExportRunner runner, ILogger<ExportWorker> log) : BackgroundService
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
                log.LogError(ex, "Archive export worker failed; retrying in a minute");
                try { await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken); } catch (OperationCanceledException) { return; }
            }
        }
    }
}
