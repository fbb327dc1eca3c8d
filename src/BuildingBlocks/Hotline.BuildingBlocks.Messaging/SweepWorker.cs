using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Messaging;

/// <summary>
/// Runs a module's sweeps in a fresh scope every <paramref name="interval"/> on the injected clock, so tests drive it
/// with their fake clock (or call the sweeps themselves). A failed round is logged and the next one runs as usual.
/// </summary>
public abstract class SweepWorker(IServiceScopeFactory scopes, TimeProvider clock, TimeSpan interval, ILogger logger) : BackgroundService
{
    protected abstract Task SweepAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await SweepAsync(scope.ServiceProvider, stoppingToken);
            }
            // An escaping exception would stop the host.
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "{Worker} failed; the next round runs after the interval", GetType().Name);
            }
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
