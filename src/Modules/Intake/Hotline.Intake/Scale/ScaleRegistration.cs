using Hotline.Platform.Seeding.Scale;

namespace Hotline.Intake.Scale;

/// <summary>Intake's part of the scale generator (<c>seed-scale</c>).</summary>
internal static class ScaleRegistration
{
    public static IServiceCollection AddIntakeScale(this IServiceCollection services) =>
        services.AddScoped<IScaleSeeder, IntakeScaleSeeder>();
}
