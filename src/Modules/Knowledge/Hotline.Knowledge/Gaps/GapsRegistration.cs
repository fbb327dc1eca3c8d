using Hotline.Platform.Auditing;
using Hotline.Platform.Navigation;
using Hotline.Platform.Slots;
using MudBlazor;

namespace Hotline.Knowledge.Gaps;

/// <summary>
/// Gap reports, their 5-working-day limit, the overdue sweep, the timeliness figure for assessment and the unit's
/// 知识缺失待处理 items on its home page.
/// </summary>
internal static class GapsRegistration
{
    public static IServiceCollection AddKnowledgeGaps(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(KnowledgeModule.Group, "知识缺失督办", "/knowledge/gaps", Icons.Material.Filled.ReportProblem, KnowledgeAccess.Editors, 615)]);
        services.AddAuditObjectType("KnowledgeGap", "知识缺失", _ => "/knowledge/gaps");
        services.AddScoped<KnowledgeGaps>();
        services.AddScoped<GapOverdueSweep>();
        services.AddScoped<IKnowledgeUpkeepFacts, KnowledgeUpkeepFacts>();
        services.AddWorkItemSource<GapWorkItems>(KnowledgeAccess.Authors);
        return services;
    }
}
