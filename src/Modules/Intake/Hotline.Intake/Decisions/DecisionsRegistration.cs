using Hotline.Intake.Shared;
using Hotline.Platform.Identity;
using Hotline.Platform.Navigation;
using Hotline.Platform.Slots;
using MudBlazor;

namespace Hotline.Intake.Decisions;

/// <summary>受理决定 and the 不予受理 reasons they cite.</summary>
internal static class DecisionsRegistration
{
    public static IServiceCollection AddDecisions(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(IntakeModule.Group, "待受理", "/intake/pending", Icons.Material.Filled.Inbox, IntakeAccess.Registrars, 110),
            new(PlatformNavigation.SettingsGroup, "不予受理原因", "/admin/intake/reasons", Icons.Material.Filled.Block, [HotlineRoles.CenterAdmin], 95)]);
        services.AddScoped<DecisionApplier>();
        services.AddScoped<PendingDecisions>();
        services.AddScoped<NonAcceptanceReasonAdmin>();
        services.AddWorkItemSource<PendingWorkItems>(IntakeAccess.Registrars);
        services.AddAuditObjectType("NonAcceptanceReason", "不予受理原因", _ => "/admin/intake/reasons");
        return services;
    }
}
