using Hotline.Platform.Navigation;
using Hotline.Platform.Slots;
using MudBlazor;

namespace Hotline.Evaluation.Revisits;

/// <summary>回访: the queue, the agent's workbench, the dissatisfaction follow-up, and the replies that feed them.</summary>
internal static class RevisitsRegistration
{
    public static IServiceCollection AddRevisits(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(EvaluationModule.Group, "回访队列", "/evaluation/revisits", Icons.Material.Filled.PhoneCallback, EvaluationRoles.Revisitors, 400)]);
        services.AddScoped<RevisitQueue>();
        services.AddScoped<RevisitWorkbench>();
        services.AddIntegrationEventHandler<CaseReplied, CaseRepliedHandler>();
        services.AddIntegrationEventHandler<CaseClosedAtIntake, CaseClosedAtIntakeHandler>();
        services.AddHomeWidget<RevisitTodayWidget>(30, EvaluationRoles.Revisitors);
        services.AddWorkItemSource<RevisitWorkItems>(EvaluationRoles.Revisitors);
        return services;
    }
}
