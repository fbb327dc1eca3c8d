using Hotline.Intake.Shared;
using Hotline.Platform.Slots;

namespace Hotline.Intake.Decisions;

/// <summary>受理决定 and the 不予受理 reasons they cite.</summary>
internal static class DecisionsRegistration
{
    public static IServiceCollection AddDecisions(this IServiceCollection services)
    {
        services.AddScoped<DecisionApplier>();
        services.AddScoped<PendingDecisions>();
        services.AddScoped<NonAcceptanceReasonAdmin>();
        services.AddWorkItemSource<PendingWorkItems>(IntakeAccess.Registrars);
        services.AddAuditObjectType("NonAcceptanceReason", "不予受理原因", _ => "/admin/intake/reasons");
        return services;
    }
}
