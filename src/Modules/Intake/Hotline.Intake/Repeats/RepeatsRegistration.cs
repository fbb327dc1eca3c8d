namespace Hotline.Intake.Repeats;

/// <summary>Caller history and likely duplicates while the caller is talking.</summary>
internal static class RepeatsRegistration
{
    public static IServiceCollection AddRepeats(this IServiceCollection services)
    {
        services.AddScoped<SimilarCases>();
        return services;
    }
}
