using Hotline.Platform.Cases;
using Hotline.Platform.Slots;

namespace Hotline.Evaluation.CasePanel;

/// <summary>What Evaluation shows on the case page and its flow sheet.</summary>
internal static class CasePanelRegistration
{
    public static IServiceCollection AddEvaluationCasePanel(this IServiceCollection services)
    {
        services.AddScoped<CaseEvaluationPanel>();
        services.AddScoped<ICaseTimelineSource, EvaluationTimelineSource>();
        services.AddCasePanel<EvaluationCasePanel>("回访评价", 40);
        return services;
    }
}
