using Hotline.Evaluation.Scale;
using Hotline.Platform.Modules;
using Microsoft.Extensions.Configuration;

namespace Hotline.Evaluation;

/// <summary>回访 module: revisits, two-stage ratings, online rating links, dissatisfaction follow-up and redo, closing, unit figures.</summary>
public sealed class EvaluationModule : IHotlineModule
{
    public const string Group = "回访";

    public string Name => "Evaluation";

    public void ConfigureModel(ModelBuilder builder) => EvaluationModel.Configure(builder);

    /// <summary>One registration per capability folder, so a capability left out fails the build instead of vanishing.</summary>
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<EvaluationDbContext>(configuration);
        services.AddEvaluationSettings();
        services.AddRevisits();
        services.AddOnlineRatings();
        services.AddSupervision();
        services.AddFigures();
        services.AddEvaluationCasePanel();
        services.AddEvaluationPublic();
        services.AddEvaluationScale();
    }
}
