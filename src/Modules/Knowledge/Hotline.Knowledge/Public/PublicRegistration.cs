namespace Hotline.Knowledge.Public;

/// <summary>The public self-service knowledge pages.</summary>
internal static class PublicRegistration
{
    public static IServiceCollection AddKnowledgePublic(this IServiceCollection services)
    {
        services.AddSingleton<KnowledgeRateLimiter>();
        services.AddScoped<PublicKnowledge>();
        return services;
    }
}
