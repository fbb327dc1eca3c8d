namespace Hotline.Intake.Public;

/// <summary>The unauthenticated public channel: online submission and progress lookup.</summary>
internal static class PublicRegistration
{
    public static IServiceCollection AddIntakePublic(this IServiceCollection services)
    {
        services.AddSingleton<PublicChallenge>();
        services.AddSingleton<PublicSubmitLimiter>();
        services.AddSingleton<PublicSmsLimiter>();
        services.AddSingleton<PublicLookupLimiter>();
        services.AddSingleton<CaseLookupLockout>();
        services.AddScoped<SubmissionScreening>();
        services.AddScoped<PublicSubmissionService>();
        services.AddScoped<ProgressLookup>();
        return services;
    }
}
