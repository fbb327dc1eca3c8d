using Hotline.Evaluation.Scale;
using Hotline.Platform.Modules;
using Hotline.Platform.Navigation;
using Microsoft.Extensions.Configuration;
using MudBlazor;

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

    public IEnumerable<NavEntry> Navigation =>
    [
        new(Group, "回访队列", "/evaluation/revisits", Icons.Material.Filled.PhoneCallback, EvaluationRoles.Revisitors, 400),
        new(Group, "督办决定", "/evaluation/supervision", Icons.Material.Filled.Gavel, EvaluationRoles.Supervisors, 410),
        new(Group, "满意度统计", "/evaluation/figures", Icons.Material.Filled.BarChart, EvaluationRoles.FigureReaders, 420),
        new(PlatformNavigation.SettingsGroup, "回访设置", "/admin/evaluation/settings", Icons.Material.Filled.Tune, [HotlineRoles.CenterAdmin], 97),
    ];
}
