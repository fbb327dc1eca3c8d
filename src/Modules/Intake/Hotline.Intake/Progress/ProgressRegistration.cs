using Hotline.Platform.Messaging;
using Hotline.Platform.Notifications.Sms;

namespace Hotline.Intake.Progress;

/// <summary>Later modules' events move the case's status and the caller's progress lookup.</summary>
internal static class ProgressRegistration
{
    public static IServiceCollection AddProgress(this IServiceCollection services)
    {
        services.AddIntegrationEventHandler<Dispatch.Contracts.CaseDispatched, OnCaseDispatched>();
        services.AddIntegrationEventHandler<Dispatch.Contracts.AssignmentsEnded, OnAssignmentsEnded>();
        services.AddIntegrationEventHandler<Handling.Contracts.AssignmentSigned, OnAssignmentSigned>();
        services.AddIntegrationEventHandler<Handling.Contracts.CaseReplied, OnCaseReplied>();
        services.AddIntegrationEventHandler<Handling.Contracts.ExtensionDecided, OnExtensionDecided>();
        services.AddSmsType(Registration.IntakeSms.Extension);
        services.AddIntegrationEventHandler<Evaluation.Contracts.RedoRequested, OnRedoRequested>();
        services.AddIntegrationEventHandler<Evaluation.Contracts.CaseClosed, OnCaseClosed>();
        return services;
    }
}
