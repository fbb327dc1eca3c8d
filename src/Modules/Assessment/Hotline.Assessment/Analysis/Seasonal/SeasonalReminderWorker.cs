using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Assessment.Analysis.Seasonal;

/// <summary>Sends the seasonal reminders that fall due, once an hour; the unique key per season makes a repeated tick harmless.</summary>
internal sealed class SeasonalReminderWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SeasonalReminderWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<SeasonalReminders>().SendDueAsync(stoppingToken);
                if (sent > 0)
                    log.LogInformation("Sent {Count} seasonal reminders", sent);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Seasonal reminder pass failed");
            }
        }
    }
}
