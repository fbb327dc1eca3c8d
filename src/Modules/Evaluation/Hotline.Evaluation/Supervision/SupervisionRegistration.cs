using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Evaluation.Supervision;

/// <summary>督办员决定 on dissatisfied cases the rules leave to a person.</summary>
internal static class SupervisionRegistration
{
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(EvaluationModule.Group, "督办决定", "/evaluation/supervision", Icons.Material.Filled.Gavel, EvaluationRoles.Supervisors, 410)]);
        services.AddScoped<SupervisorDecisions>();
        return services;
    }
}
