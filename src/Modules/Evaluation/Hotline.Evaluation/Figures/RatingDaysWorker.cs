using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Evaluation.Figures;

/// <summary>
/// At start: builds the rating days once for a database that has ratings but no day table yet (an upgrade), else
/// recomputes the days marked since the last run, so the first figures of the day do not wait for them.
/// </summary>
internal sealed class RatingDaysWorker(IServiceScopeFactory scopes, ILogger<RatingDaysWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var days = scope.ServiceProvider.GetRequiredService<RatingDays>();
            if (await days.NeverBuiltAsync(stoppingToken))
                log.LogInformation("回访评价日统计已建立：{Days} 天。", await days.RebuildAsync(stoppingToken));
            else
                await days.RefreshAllAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "回访评价日统计未能在启动时更新，统计时再逐日重算。");
        }
    }
}
