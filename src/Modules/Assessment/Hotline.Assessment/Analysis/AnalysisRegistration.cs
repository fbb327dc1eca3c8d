using Hotline.Platform.Auditing;
using Hotline.Assessment.Analysis.Dashboard;
using Hotline.Assessment.Analysis.Facts;
using Hotline.Assessment.Analysis.Hotspots;
using Hotline.Assessment.Analysis.Seasonal;
using Hotline.Assessment.Analysis.TopicReport;
using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Platform.Messaging;
using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Assessment.Analysis;

/// <summary>分析 (issue #16): case facts kept by events, the dashboard, topics and warnings, the seasonal calendar (未诉先办).</summary>
internal static class AnalysisRegistration
{
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(AssessmentModule.Group, "驾驶舱", "/analysis/dashboard", Icons.Material.Filled.Dashboard, AnalysisAccess.Readers, 300),
            new(AssessmentModule.Group, "热点与预警", "/analysis/hotspots", Icons.Material.Filled.Whatshot, AnalysisAccess.Readers, 302),
            new(AssessmentModule.Group, "未诉先办", "/analysis/seasonal", Icons.Material.Filled.EventRepeat, AnalysisAccess.Readers, 304),
            new(AssessmentModule.Group, "未诉先办提醒", "/unit/reminders", Icons.Material.Filled.EventRepeat, AnalysisAccess.UnitReaders, 345)]);
        services.AddSingleton<AnalysisLive>();
        services.AddScoped<AnalysisNames>();
        services.AddAuditObjectType("CaseFact", "分析数据");
        services.AddAuditObjectType("SeasonalReminder", "未诉先办提醒", _ => "/analysis/seasonal");
        services.AddScoped<CaseFactsRebuild>();
        services.AddScoped<DashboardFigures>();
        services.AddScoped<HotspotAnalysis>();
        services.AddScoped<TopicReports>();
        services.AddScoped<SeasonalSettingsService>();
        services.AddScoped<SeasonalReminders>();
        services.AddHostedService<SeasonalReminderWorker>();
        services.AddIntegrationEventHandler<CaseAccepted, AcceptedFact>();
        services.AddIntegrationEventHandler<CaseClosedAtIntake, ClosedAtIntakeFact>();
        services.AddIntegrationEventHandler<CaseDispatched, DispatchedFact>();
        services.AddIntegrationEventHandler<AssignmentSigned, SignedFact>();
        services.AddIntegrationEventHandler<CaseReplied, RepliedFact>();
        services.AddIntegrationEventHandler<RedoStarted, RedoFact>();
        services.AddIntegrationEventHandler<CaseClosed, ClosedFact>();
        services.AddIntegrationEventHandler<CaseMerged, MergedFact>();
        return services;
    }
}
