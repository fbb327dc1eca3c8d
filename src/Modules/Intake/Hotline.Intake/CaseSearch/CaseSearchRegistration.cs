using Hotline.Platform.Auditing;
using Hotline.Platform.Slots;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Intake.CaseSearch;

/// <summary>工单查询: the case list and its export.</summary>
internal static class CaseSearchRegistration
{
    public static IServiceCollection AddCaseSearch(this IServiceCollection services)
    {
        services.AddScoped<CaseQueries>();
        services.AddScoped<ListPhoneReveal>();
        services.AddScoped<CaseExport>();
        services.AddCaseLookup<CenterCaseLookup>();
        services.AddAuditObjectType("CaseList", "工单查询与导出");
        return services;
    }
}
