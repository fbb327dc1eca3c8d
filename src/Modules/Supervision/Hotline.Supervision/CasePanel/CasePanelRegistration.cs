using Hotline.Platform.Cases;
using Hotline.Platform.Slots;

namespace Hotline.Supervision.CasePanel;

/// <summary>Supervision on the case page: the 督办 panel and its steps on the timeline and the flow sheet.</summary>
internal static class CasePanelRegistration
{
    public static IServiceCollection AddSupervisionCasePanel(this IServiceCollection services)
    {
        services.AddCasePanel<SupervisionCasePanel>("督办", 70, "supervision");
        services.AddScoped<ICaseTimelineSource, SupervisionTimelineSource>();
        return services;
    }
}
