using Hotline.Intake.Application;
using Hotline.Intake.Components;
using Hotline.Intake.Contracts;
using Hotline.Intake.Domain;
using Hotline.Intake.Persistence;
using Hotline.Platform;
using Hotline.Platform.Identity;
using Hotline.Platform.Messaging;
using Hotline.Platform.Modules;
using Hotline.Platform.Navigation;
using Hotline.Platform.Slots;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.Intake;

/// <summary>受理 module: registration, acceptance decisions, merges, the case list, the public channel.</summary>
public sealed class IntakeModule : IHotlineModule
{
    public const string Group = "受理";

    public string Name => "Intake";

    public void ConfigureModel(ModelBuilder builder) => IntakeModel.Configure(builder);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IntakeDbContext>(configuration);
        services.AddScoped<IntakeAccess>();
        services.AddScoped<IntakeSettingsService>();
        services.AddScoped<RegistrationValidator>();
        services.AddScoped<DecisionApplier>();
        services.AddScoped<CaseMerging>();
        services.AddScoped<CaseRegistration>();
        services.AddScoped<PendingDecisions>();
        services.AddScoped<SimilarCases>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<ListPhoneReveal>();
        services.AddScoped<CaseExport>();
        services.AddScoped<CaseDetails>();
        services.AddScoped<FlowSheet.FlowSheetService>();
        services.AddScoped<NonAcceptanceReasonAdmin>();
        services.AddSingleton<Public.PublicChallenge>();
        services.AddSingleton<Public.PublicRateLimiter>();
        services.AddScoped<Public.PublicSubmissionService>();
        services.AddScoped<Public.ProgressLookup>();
        services.AddScoped<ICaseDirectory, CaseDirectory>();
        services.AddScoped<CallerIdentityService>();
        services.AddScoped<ICallerIdentity>(sp => sp.GetRequiredService<CallerIdentityService>());
        services.AddScoped<ICallerShielding, CallerShielding>();
        services.AddScoped<Hotline.Platform.Cases.ICaseTimelineSource, IntakeTimelineSource>();
        services.AddScoped<IntakeToday>();
        services.AddScoped<InterceptedSubmissions>();
        AddProgressHandlers(services);
        services.AddHomeWidget<IntakeTodayWidget>(10, HotlinePolicies.CenterRoles.Except([HotlineRoles.Assessor, HotlineRoles.KnowledgeEditor]).ToArray());
    }

    /// <summary>Later modules' events move the case's status and the caller's progress lookup.</summary>
    private static void AddProgressHandlers(IServiceCollection services)
    {
        services.AddIntegrationEventHandler<Dispatch.Contracts.CaseDispatched, Application.Progress.OnCaseDispatched>();
        services.AddIntegrationEventHandler<Dispatch.Contracts.AssignmentsEnded, Application.Progress.OnAssignmentsEnded>();
        services.AddIntegrationEventHandler<Handling.Contracts.AssignmentSigned, Application.Progress.OnAssignmentSigned>();
        services.AddIntegrationEventHandler<Handling.Contracts.CaseReplied, Application.Progress.OnCaseReplied>();
        services.AddIntegrationEventHandler<Handling.Contracts.ExtensionDecided, Application.Progress.OnExtensionDecided>();
        services.AddIntegrationEventHandler<Evaluation.Contracts.RedoRequested, Application.Progress.OnRedoRequested>();
        services.AddIntegrationEventHandler<Evaluation.Contracts.CaseClosed, Application.Progress.OnCaseClosed>();
    }

    private static readonly string[] Registrars = IntakeAccess.Registrars;

    public IEnumerable<NavEntry> Navigation =>
    [
        new(Group, "登记工单", "/intake/register", Icons.Material.Filled.AddIcCall, Registrars, 100),
        new(Group, "待受理", "/intake/pending", Icons.Material.Filled.Inbox, Registrars, 110),
        new(Group, "工单查询", "/cases", Icons.Material.Filled.ListAlt, HotlinePolicies.CenterRoles, 120),
        new(Group, "网上拦截记录", "/intake/intercepted", Icons.Material.Filled.GppBad, InterceptedSubmissions.Reviewers, 130),
        new(PlatformNavigation.AdminGroup, "不予受理原因", "/admin/intake/reasons", Icons.Material.Filled.Block, [HotlineRoles.CenterAdmin], 95),
        new(PlatformNavigation.AdminGroup, "受理设置", "/admin/intake/settings", Icons.Material.Filled.Tune, [HotlineRoles.CenterAdmin], 96),
    ];

    public async Task SeedAsync(IServiceProvider services, bool demoMode, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IntakeDbContext>();
        if (!await db.NonAcceptanceReasons.AnyAsync(cancellationToken))
        {
            db.NonAcceptanceReasons.AddRange(DefaultNonAcceptanceReasons.All());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
