namespace Hotline.Evaluation.Settings;

/// <summary>Evaluation settings the CenterAdmin changes without a release.</summary>
internal static class SettingsRegistration
{
    public static IServiceCollection AddEvaluationSettings(this IServiceCollection services)
    {
        services.AddScoped<EvaluationSettingsService>();
        return services;
    }
}
