namespace Hotline.Knowledge.Upkeep;

/// <summary>知识维护提醒: expiring and stale articles and knowledge to add, for the owning unit.</summary>
internal static class UpkeepRegistration
{
    public static IServiceCollection AddKnowledgeUpkeep(this IServiceCollection services)
    {
        services.AddScoped<KnowledgeUpkeep>();
        return services;
    }
}
