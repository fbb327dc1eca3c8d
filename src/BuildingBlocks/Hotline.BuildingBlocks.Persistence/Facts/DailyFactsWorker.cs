using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Facts;

/// <summary>
/// At start: builds a daily fact table once for a database that has rows but no table yet (an upgrade), else
/// recomputes the days marked since the last run.
/// </summary>
internal sealed class DailyFactsWorker<TFacts>(IServiceScopeFactory scopes, ILogger<TFacts> log) : BackgroundService
    where TFacts : IDailyFacts
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var facts = scope.ServiceProvider.GetRequiredService<TFacts>();
            if (await facts.NeverBuiltAsync(stoppingToken))
                log.LogInformation("{Name}已建立：{Days} 天。", facts.Name, await facts.RebuildAsync(stoppingToken));
            else
                await facts.RefreshAllAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "日统计未能在启动时更新，统计时再逐日重算。");
        }
    }
}

public static class DailyFactsRegistration
{
    /// <summary>Registers a module's daily fact table: scoped, for the rebuild command, and refreshed at start.</summary>
    public static IServiceCollection AddDailyFacts<TFacts>(this IServiceCollection services)
        where TFacts : class, IDailyFacts
    {
        services.AddScoped<TFacts>();
        services.AddScoped<IDailyFacts>(sp => sp.GetRequiredService<TFacts>());
        services.AddHostedService<DailyFactsWorker<TFacts>>();
        return services;
    }
}
