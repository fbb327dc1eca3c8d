using Hotline.Knowledge.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Knowledge.Gaps;

/// <summary>Gap reports, their 5-working-day limit, the overdue sweep and the timeliness figure for assessment.</summary>
internal static class GapsRegistration
{
    public static IServiceCollection AddKnowledgeGaps(this IServiceCollection services)
    {
        services.AddScoped<KnowledgeGaps>();
        services.AddScoped<GapOverdueSweep>();
        services.AddScoped<IKnowledgeUpkeepFacts, KnowledgeUpkeepFacts>();
        services.AddHostedService<GapOverdueWorker>();
        return services;
    }
}
