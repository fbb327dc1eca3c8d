namespace Hotline.Intake.Intercepted;

/// <summary>Online submissions refused by the word list, for review.</summary>
internal static class InterceptedRegistration
{
    public static IServiceCollection AddIntercepted(this IServiceCollection services)
    {
        services.AddScoped<InterceptedSubmissions>();
        return services;
    }
}
