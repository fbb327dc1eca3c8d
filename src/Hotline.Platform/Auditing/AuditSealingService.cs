using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Auditing;

/// <summary>Seals new audit entries into the hash chain every few seconds: the chain's single writer.</summary>
internal sealed class AuditSealingService(AuditChain chain, ILogger<AuditSealingService> logger) : BackgroundService
{
    // A poll interval, not business time: the window in which a fresh entry is not yet chained.
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await chain.SealAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Sealing the audit chain failed; retrying");
            }
            try
            {
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
