namespace Hotline.Knowledge.Usage;

/// <summary>Answers at intake, the usage counters and the 有用/没用 votes behind them.</summary>
internal static class UsageRegistration
{
    public static IServiceCollection AddKnowledgeUsage(this IServiceCollection services)
    {
        services.AddScoped<UsageCounter>();
        services.AddScoped<ArticleVotes>();
        services.AddScoped<IKnowledgeAnswers, KnowledgeAnswers>();
        return services;
    }
}
