namespace Hotline.Knowledge.Usage;

/// <summary>Answers at intake and the usage counters behind them.</summary>
internal static class UsageRegistration
{
    public static IServiceCollection AddKnowledgeUsage(this IServiceCollection services)
    {
        services.AddScoped<UsageCounter>();
        services.AddScoped<IKnowledgeAnswers, KnowledgeAnswers>();
        return services;
    }
}
