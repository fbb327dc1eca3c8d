using Hotline.Platform.Seeding.Scale;

namespace Hotline.Assessment.Scale;

/// <summary>Assessment's part of the scale generator (<c>seed-scale</c>).</summary>
internal static class ScaleRegistration
{
    public static IServiceCollection AddAssessmentScale(this IServiceCollection services) =>
        services.AddScoped<IScaleSeeder, AssessmentScaleSeeder>();
}
