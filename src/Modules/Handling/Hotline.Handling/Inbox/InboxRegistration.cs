using Hotline.Evaluation.Contracts;
using Hotline.Platform.Navigation;
using Hotline.Platform.Slots;
using MudBlazor;

namespace Hotline.Handling.Inbox;

/// <summary>The unit's inbox (我的工单), fed by Dispatch's events: assignments arrive, are sub-dispatched, end, close.</summary>
internal static class InboxRegistration
{
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(HandlingModule.Group, "我的工单", "/unit/inbox", Icons.Material.Filled.Inbox, HandlingAccess.UnitRoles, 200)]);
        services.AddScoped<UnitInbox>();
        services.AddCaseLookup<UnitCaseLookup>();
        services.AddHomeWidget<UnitInboxWidget>(20, HandlingAccess.UnitRoles);
        services.AddWorkItemSource<UnitWorkItems>(HandlingAccess.UnitRoles);
        services.AddIntegrationEventHandler<CaseDispatched, CaseDispatchedHandler>();
        services.AddIntegrationEventHandler<AssignmentSubDispatched, AssignmentSubDispatchedHandler>();
        services.AddIntegrationEventHandler<AssignmentsEnded, AssignmentsEndedHandler>();
        services.AddIntegrationEventHandler<CaseClosed, CaseClosedHandler>();
        return services;
    }
}
