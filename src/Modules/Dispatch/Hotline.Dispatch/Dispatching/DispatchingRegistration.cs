using Hotline.Evaluation.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Platform.Messaging;
using Hotline.Platform.Slots;

namespace Hotline.Dispatch.Dispatching;

/// <summary>Taking accepted cases in, dispatching and reassigning them, designation, and the case page's assignments panel.</summary>
internal static class DispatchingRegistration
{
    public static IServiceCollection AddDispatching(this IServiceCollection services)
    {
        services.AddScoped<DeadlineTerms>();
        services.AddScoped<CaseDispatching>();
        services.AddScoped<Bulk.BulkDispatching>();
        services.AddScoped<DispatchCaseQuery>();
        services.AddScoped<CaseAssignmentsQuery>();
        services.AddIntegrationEventHandler<CaseAccepted, CaseAcceptedHandler>();
        services.AddIntegrationEventHandler<CaseClosed, CaseClosedHandler>();
        services.AddIntegrationEventHandler<RedoRequested, RedoRequestedHandler>();
        services.AddIntegrationEventHandler<ExtensionDecided, ExtensionDecidedHandler>();
        services.AddIntegrationEventHandler<RedoStarted, RedoStartedHandler>();
        services.AddCasePanel<AssignmentsPanel>("派单信息", 20);
        return services;
    }
}
