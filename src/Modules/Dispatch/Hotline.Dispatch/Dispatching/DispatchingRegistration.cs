using Hotline.Dispatch.Application;
using Hotline.Dispatch.Application.Dispatching;
using Hotline.Dispatch.Application.Handlers;
using Hotline.Dispatch.Application.Lookups;
using Hotline.Dispatch.Application.Queue;
using Hotline.Dispatch.Application.Routing;
using Hotline.Dispatch.Application.Rules;
using Hotline.Dispatch.Components;
using Hotline.Dispatch.Contracts;
using Hotline.Dispatch.Persistence;
using Hotline.Evaluation.Contracts;
using Hotline.Intake.Contracts;
using Hotline.Platform.Cases;
using Hotline.Platform.Catalog;
using Hotline.Platform.Identity;
using Hotline.Platform.Messaging;
using Hotline.Platform.Modules;
using Hotline.Platform.Navigation;
using Hotline.Platform.Organization;
using Hotline.Platform.Slots;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.Dispatch;

public sealed partial class DispatchModule
{
    private static readonly NavEntry[] DispatchingNavigation =
    [
        new(Group, "派单队列", "/dispatch", Icons.Material.Filled.AltRoute, DispatchAccess.Dispatchers, 200),
        new(Group, "指定办理", "/dispatch/designation", Icons.Material.Filled.AssignmentInd, DispatchAccess.Supervisors, 210),
        new(PlatformNavigation.AdminGroup, "派单规则", "/admin/dispatch/rules", Icons.Material.Filled.Route, [HotlineRoles.CenterAdmin], 97),
        new(PlatformNavigation.AdminGroup, "派单设置", "/admin/dispatch/settings", Icons.Material.Filled.Timer, [HotlineRoles.CenterAdmin], 98),
    ];

    static partial void AddDispatching(IServiceCollection services)
    {
        services.AddScoped<DispatchSettingsService>();
        services.AddScoped<DeadlineTerms>();
        services.AddScoped<DispatchSuggestions>();
        services.AddScoped<CaseDispatching>();
        services.AddScoped<DispatchCaseQuery>();
        services.AddScoped<DispatchQueue>();
        services.AddScoped<RoutingRuleAdmin>();
        services.AddScoped<CaseAssignmentsQuery>();
        services.AddScoped<IUnitCaseScope, UnitCaseScope>();
        services.AddScoped<IAssignmentDirectory, AssignmentDirectory>();
        services.AddScoped<ICaseTimelineSource, DispatchTimelineSource>();
        services.AddIntegrationEventHandler<CaseAccepted, CaseAcceptedHandler>();
        services.AddIntegrationEventHandler<CaseClosed, CaseClosedHandler>();
        services.AddCasePanel<AssignmentsPanel>("派单信息", 20);
        services.AddHomeWidget<DispatchHomeWidget>(20, DispatchAccess.Dispatchers);
    }

    private static async Task SeedDispatchingAsync(IServiceProvider services, bool demoMode, CancellationToken cancellationToken)
    {
        if (!demoMode)
            return;
        await DemoRoutingRules.SeedAsync(services.GetRequiredService<DispatchDbContext>(), services.GetRequiredService<ICategoryCatalog>(),
            services.GetRequiredService<IAreaDirectory>(), services.GetRequiredService<IUnitDirectory>(),
            services.GetRequiredService<TimeProvider>(), cancellationToken);
    }
}
