using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Knowledge.Contracts;
using Hotline.Platform.Messaging;

namespace Hotline.Supervision.Deadlines;

/// <summary>Deadline watch: the deadlines learnt from Dispatch, Handling, Evaluation and Knowledge events, and the warning/overdue pass.</summary>
internal static class DeadlinesRegistration
{
    public static IServiceCollection AddDeadlineWatch(this IServiceCollection services)
    {
        services.AddScoped<DeadlineWatchSettingsService>();
        services.AddScoped<DeadlineWatchPass>();
        services.AddScoped<CenterDeadlines>();
        services.AddHostedService<DeadlineWatchWorker>();
        services.AddIntegrationEventHandler<CaseAccepted, CaseAcceptedWatch>();
        services.AddIntegrationEventHandler<CaseDispatched, CaseDispatchedWatch>();
        services.AddIntegrationEventHandler<AssignmentSubDispatched, SubDispatchedWatch>();
        services.AddIntegrationEventHandler<AssignmentSigned, SignedWatch>();
        services.AddIntegrationEventHandler<CallerContacted, ContactedWatch>();
        services.AddIntegrationEventHandler<CaseReplied, RepliedWatch>();
        services.AddIntegrationEventHandler<ExtensionDecided, ExtensionWatch>();
        services.AddIntegrationEventHandler<RedoStarted, RedoWatch>();
        services.AddIntegrationEventHandler<AssignmentsEnded, AssignmentsEndedWatch>();
        services.AddIntegrationEventHandler<CaseClosed, CaseClosedWatch>();
        services.AddIntegrationEventHandler<RedoRequested, RedoRequestedWatch>();
        services.AddIntegrationEventHandler<ExtensionRequested, ExtensionRequestedWatch>();
        services.AddIntegrationEventHandler<ReturnRequested, ReturnRequestedWatch>();
        services.AddIntegrationEventHandler<ReturnDecided, ReturnDecidedWatch>();
        services.AddIntegrationEventHandler<KnowledgeGapReported, GapReportedWatch>();
        services.AddIntegrationEventHandler<KnowledgeGapFixed, GapFixedWatch>();
        return services;
    }
}
