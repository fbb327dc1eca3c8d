namespace Hotline.Intake.Settings;

/// <summary>Intake settings the CenterAdmin changes without a release.</summary>
internal static class SettingsRegistration
{
    public static IServiceCollection AddIntakeSettings(this IServiceCollection services)
    {
        services.AddScoped<IntakeSettingsService>();
        return services;
    }
}
