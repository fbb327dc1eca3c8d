namespace Hotline.Intake.FlowSheet;

/// <summary>流转单: the case's flow sheet as a PDF.</summary>
internal static class FlowSheetRegistration
{
    public static IServiceCollection AddFlowSheet(this IServiceCollection services)
    {
        services.AddScoped<FlowSheetService>();
        return services;
    }
}
