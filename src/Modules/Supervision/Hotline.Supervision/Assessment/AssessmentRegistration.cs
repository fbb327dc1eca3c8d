using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Supervision.Assessment;

/// <summary>考核 (issue #16): unit figures kept from other modules' events, composite scores by tier, locks, reports.</summary>
internal static class AssessmentRegistration
{
    public static IServiceCollection AddAssessment(this IServiceCollection services)
    {
        return services;
    }
}
