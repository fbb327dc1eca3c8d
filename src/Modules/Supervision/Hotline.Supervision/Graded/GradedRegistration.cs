using Hotline.Platform.Auditing;
using Hotline.Knowledge.Contracts;
using Hotline.Platform.Messaging;
using Hotline.Platform.Notifications.Sms;

namespace Hotline.Supervision.Graded;

/// <summary>Graded supervision: the levers, the automatic reminders and escalation, the unit's responses.</summary>
internal static class GradedRegistration
{
    public static IServiceCollection AddGradedSupervision(this IServiceCollection services)
    {
        // Logged by case number (a response's attachment downloaded).
        services.AddAuditObjectType("CaseSupervision", "督办", AuditObjectTypes.CaseLink);
        services.AddScoped<SupervisionSettingsService>();
        services.AddScoped<StaffName>();
        services.AddScoped<SupervisionLive>();
        services.AddScoped<SupervisionNotices>();
        services.AddSmsType(SupervisionSms.Notice);
        services.AddScoped<SupervisionLevers>();
        services.AddScoped<AutomaticSupervision>();
        services.AddScoped<EscalationPass>();
        services.AddScoped<SupervisorDesk>();
        services.AddScoped<UnitResponses>();
        services.AddIntegrationEventHandler<KnowledgeGapOverdue, GapOverdueSupervision>();
        return services;
    }
}
