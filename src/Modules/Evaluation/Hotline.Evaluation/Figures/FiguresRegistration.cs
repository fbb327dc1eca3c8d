using Hotline.Platform.Facts;
using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Evaluation.Figures;

/// <summary>满意度统计 per unit, for the figures page and other modules.</summary>
internal static class FiguresRegistration
{
    public static IServiceCollection AddFigures(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(EvaluationModule.Group, "满意度统计", "/evaluation/figures", Icons.Material.Filled.BarChart, EvaluationRoles.FigureReaders, 420)]);
        services.AddDailyFacts<RatingDays>();
        services.AddIntegrationEventHandler<CallerContacted, CallerContactedHandler>();
        services.AddScoped<EvaluationFigures>();
        services.AddScoped<IEvaluationFigures>(sp => sp.GetRequiredService<EvaluationFigures>());
        services.AddScoped<FiguresReport>();
        services.AddScoped<IEvaluationRecordFacts, EvaluationRecordFacts>();
        return services;
    }
}
