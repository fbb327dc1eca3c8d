using Hotline.Platform.Slots;

namespace Hotline.Handling.CasePanel;

/// <summary>The case page's handling panel (办理情况).</summary>
internal static class CasePanelRegistration
{
    public static IServiceCollection AddCasePanel(this IServiceCollection services) =>
        services.AddScoped<CasePanelQuery>().AddCasePanel<HandlingCasePanel>("办理情况", 30);
}
