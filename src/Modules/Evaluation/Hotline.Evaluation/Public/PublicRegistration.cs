namespace Hotline.Evaluation.Public;

/// <summary>The caller's online rating through a single-use link.</summary>
internal static class PublicRegistration
{
    public static IServiceCollection AddEvaluationPublic(this IServiceCollection services)
    {
        services.AddSingleton<RatingRateLimiter>();
        services.AddScoped<OnlineRating>();
        return services;
    }
}
