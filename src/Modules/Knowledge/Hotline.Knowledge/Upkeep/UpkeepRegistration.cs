namespace Hotline.Knowledge.Upkeep;

/// <summary>知识维护提醒: expiring and stale articles and knowledge to add, for the owning unit; expiry and overdue gaps swept in the background.</summary>
internal static class UpkeepRegistration
{
    public static IServiceCollection AddKnowledgeUpkeep(this IServiceCollection services)
    {
        services.AddScoped<KnowledgeUpkeep>();
        services.AddScoped<ArticleExpirySweep>();
        services.AddHostedService<KnowledgeUpkeepWorker>();
        return services;
    }
}
