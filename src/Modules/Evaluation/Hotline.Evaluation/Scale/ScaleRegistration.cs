using Hotline.Platform.Seeding.Scale;

namespace Hotline.Evaluation.Scale;

/// <summary>Evaluation's part of the scale generator (<c>seed-scale</c>).</summary>
internal static class ScaleRegistration
{
    public static IServiceCollection AddEvaluationScale(this IServiceCollection services) =>
        services.AddScoped<IScaleSeeder, EvaluationScaleSeeder>();
}
