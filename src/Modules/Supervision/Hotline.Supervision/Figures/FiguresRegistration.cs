using Hotline.Platform.Facts;

namespace Hotline.Supervision.Figures;

/// <summary>What Supervision answers to other modules about its counts.</summary>
internal static class FiguresRegistration
{
    public static IServiceCollection AddSupervisionFigures(this IServiceCollection services) =>
        services.AddDailyFacts<SupervisionDays>()
            .AddScoped<ISupervisionFigures, SupervisionFigures>();
}
