using Hotline.Platform.Auditing;
using Hotline.Platform.Navigation;
using Hotline.Assessment.Sheets.Model;
using Hotline.Assessment.Sheets.Reports;
using Hotline.Assessment.Sheets.Scoring;
using Hotline.Assessment.Sheets;
using MudBlazor;

namespace Hotline.Assessment.Sheets;

/// <summary>考核 (issue #16): unit figures read through the other modules' contracts, composite scores by tier, adjustments, locks.</summary>
internal static class SheetsRegistration
{
    public static IServiceCollection AddAssessmentSheets(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(AssessmentModule.Group, "单位考核", "/assessment", Icons.Material.Filled.Leaderboard, AssessmentSheets.Readers, 330),
            new(AssessmentModule.Group, "本单位考核", "/unit/assessment", Icons.Material.Filled.Leaderboard, [HotlineRoles.UnitManager], 340),
            new(PlatformNavigation.SettingsGroup, "考核权重", "/admin/assessment/settings", Icons.Material.Filled.Tune, [HotlineRoles.CenterAdmin], 97)]);
        services.AddAuditObjectType("AssessmentPeriod", "考核期", _ => "/assessment");
        services.AddScoped<AssessmentSettingsService>();
        services.AddScoped<FigureSources>();
        services.AddScoped<AssessmentSheets>();
        services.AddScoped<IAssessmentSheets>(sp => sp.GetRequiredService<AssessmentSheets>());
        services.AddScoped<AssessmentReports>();
        services.AddScoped<FigureDrillDown>();
        return services;
    }
}
