using Hotline.Evaluation.Application;
using Hotline.Evaluation.Components;
using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Handlers;
using Hotline.Evaluation.Persistence;
using Hotline.Evaluation.Public;
using Hotline.Handling.Contracts;
using Hotline.Intake.Contracts;
using Hotline.Platform;
using Hotline.Platform.Cases;
using Hotline.Platform.Identity;
using Hotline.Platform.Messaging;
using Hotline.Platform.Modules;
using Hotline.Platform.Navigation;
using Hotline.Platform.Slots;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.Evaluation;

/// <summary>回访 module: revisits, two-stage ratings, online rating links, dissatisfaction follow-up and redo, closing, unit figures.</summary>
public sealed class EvaluationModule : IHotlineModule
{
    public const string Group = "回访";

    public string Name => "Evaluation";

    public void ConfigureModel(ModelBuilder builder) => EvaluationModel.Configure(builder);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<EvaluationDbContext>(configuration);
        services.AddScoped<EvaluationSettingsService>();
        services.AddScoped<RevisitQueue>();
        services.AddScoped<RevisitWorkbench>();
        services.AddScoped<RatingLinks>();
        services.AddScoped<SupervisorDecisions>();
        services.AddScoped<EvaluationFigures>();
        services.AddScoped<IEvaluationFigures>(sp => sp.GetRequiredService<EvaluationFigures>());
        services.AddScoped<FiguresReport>();
        services.AddScoped<CaseEvaluationPanel>();
        services.AddSingleton<RatingRateLimiter>();
        services.AddScoped<OnlineRating>();
        services.AddScoped<ICaseTimelineSource, EvaluationTimelineSource>();
        services.AddIntegrationEventHandler<CaseReplied, CaseRepliedHandler>();
        services.AddIntegrationEventHandler<CaseClosedAtIntake, CaseClosedAtIntakeHandler>();
        services.AddCasePanel<EvaluationCasePanel>("回访评价", 40);
        services.AddHomeWidget<RevisitTodayWidget>(30, EvaluationRoles.Revisitors);
    }

    public IEnumerable<NavEntry> Navigation =>
    [
        new(Group, "回访队列", "/evaluation/revisits", Icons.Material.Filled.PhoneCallback, EvaluationRoles.Revisitors, 400),
        new(Group, "督办决定", "/evaluation/supervision", Icons.Material.Filled.Gavel, EvaluationRoles.Supervisors, 410),
        new(Group, "满意度统计", "/evaluation/figures", Icons.Material.Filled.BarChart, EvaluationRoles.FigureReaders, 420),
        new(PlatformNavigation.AdminGroup, "回访设置", "/admin/evaluation/settings", Icons.Material.Filled.Tune, [HotlineRoles.CenterAdmin], 97),
    ];
}
