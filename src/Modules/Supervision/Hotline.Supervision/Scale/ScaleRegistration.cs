using Hotline.Platform.Seeding.Scale;

namespace Hotline.Supervision.Scale;

/// <summary>Supervision's part of the scale generator (<c>seed-scale</c>).</summary>
internal static class ScaleRegistration
{
    public static IServiceCollection AddSupervisionScale(this IServiceCollection services)
    {
        services.AddSingleton<SupervisionScaleMemory>();
        return services.AddScoped<IScaleSeeder, SupervisionScaleSeeder>();
    }
}
