namespace Hotline.Evaluation.Supervision;

/// <summary>督办员决定 on dissatisfied cases the rules leave to a person.</summary>
internal static class SupervisionRegistration
{
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddScoped<SupervisorDecisions>();
        return services;
    }
}
