using Hotline.Platform.Seeding.Scale;

namespace Hotline.Dispatch.Scale;

/// <summary>Dispatch's part of the scale generator (<c>seed-scale</c>).</summary>
internal static class ScaleRegistration
{
    public static IServiceCollection AddDispatchScale(this IServiceCollection services) =>
        services.AddScoped<IScaleSeeder, DispatchScaleSeeder>();
}
