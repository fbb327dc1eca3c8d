using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Knowledge.Usage;

/// <summary>Answers at intake, the usage counters and 有用/没用 votes behind them, and the usage figures page.</summary>
internal static class UsageRegistration
{
    public static IServiceCollection AddKnowledgeUsage(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(KnowledgeModule.Group, "知识使用统计", "/knowledge/usage", Icons.Material.Filled.BarChart, UsageReport.Readers, 625)]);
        services.AddScoped<UsageCounter>();
        services.AddScoped<ArticleVotes>();
        services.AddScoped<UsageReport>();
        services.AddScoped<IKnowledgeAnswers, KnowledgeAnswers>();
        return services;
    }
}
