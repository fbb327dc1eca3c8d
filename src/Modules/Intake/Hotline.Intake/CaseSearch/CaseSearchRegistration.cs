using Hotline.Intake.CaseSearch.Export;
using Hotline.Platform.Exports;
using Hotline.Platform.Identity;
using Hotline.Platform.Navigation;
using Hotline.Platform.Slots;
using MudBlazor;

namespace Hotline.Intake.CaseSearch;

/// <summary>工单查询: the case list and its export (large ones as background jobs).</summary>
internal static class CaseSearchRegistration
{
    public static IServiceCollection AddCaseSearch(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(IntakeModule.Group, "工单查询", "/cases", Icons.Material.Filled.ListAlt, HotlinePolicies.CenterRoles, 120)]);
        services.AddScoped<CaseQueries>();
        services.AddScoped<ListPhoneReveal>();
        services.AddScoped<CaseExport>();
        services.AddScoped<CaseExportJobs>();
        services.AddSingleton<CaseExportArgumentsSeal>();
        services.AddOptions<CaseExportOptions>().BindConfiguration(CaseExportOptions.Section);
        services.AddBackgroundExports<IntakeDbContext, CaseExportJob, CaseExportRunner>();
        services.AddCaseLookup<CenterCaseLookup>();
        services.AddAuditObjectType("CaseList", "工单查询与导出");
        return services;
    }
}
