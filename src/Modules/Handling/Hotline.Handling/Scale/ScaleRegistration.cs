using Hotline.Platform.Seeding.Scale;

namespace Hotline.Handling.Scale;

/// <summary>Handling's part of the scale generator (<c>seed-scale</c>).</summary>
internal static class ScaleRegistration
{
    public static IServiceCollection AddHandlingScale(this IServiceCollection services) =>
        services.AddScoped<IScaleSeeder, HandlingScaleSeeder>();
}
