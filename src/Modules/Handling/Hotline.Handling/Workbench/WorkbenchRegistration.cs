using Hotline.Dispatch.Contracts;
using Hotline.Evaluation.Contracts;
using Hotline.Handling.Application;
using Hotline.Handling.Application.Deadlines;
using Hotline.Handling.Application.Events;
using Hotline.Handling.Application.Inbox;
using Hotline.Handling.Application.Workbench;
using Hotline.Handling.Contracts;
using Hotline.Platform.Cases;
using Hotline.Platform.Identity;
using Hotline.Platform.Messaging;
using Hotline.Platform.Modules;
using Hotline.Platform.Navigation;
using Hotline.Platform.Slots;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.Handling;

public sealed partial class HandlingModule
{
    private static readonly NavEntry[] WorkbenchNavigation =
    [
        new(Group, "我的工单", "/unit/inbox", Icons.Material.Filled.Inbox, HandlingAccess.UnitRoles, 200),
        new(Group, "办理时限", "/handling/deadlines", Icons.Material.Filled.Timer, DeadlineBoard.Viewers, 210),
        new(PlatformNavigation.AdminGroup, "办理设置", "/admin/handling/settings", Icons.Material.Filled.Tune, [HotlineRoles.CenterAdmin], 97),
    ];

    static partial void AddWorkbench(IServiceCollection services)
    {
        services.AddScoped<HandlingAccess>();
        services.AddScoped<HandlingSettingsService>();
        services.AddScoped<HandlingLive>();
        services.AddScoped<SignForService>();
        services.AddScoped<ContactService>();
        services.AddScoped<NoteService>();
        services.AddScoped<AssignmentQueries>();
        services.AddScoped<UnitInbox>();
        services.AddScoped<DeadlineBoard>();
        services.AddScoped<IHandlingFacts, HandlingFacts>();
        services.AddScoped<ICaseTimelineSource, HandlingTimelineSource>();

        services.AddHomeWidget<Components.Widgets.CenterDeadlineWidget>(20, HandlingAccess.CenterDeciders);
        services.AddHomeWidget<Components.Widgets.UnitInboxWidget>(20, HandlingAccess.UnitRoles);

        services.AddIntegrationEventHandler<CaseDispatched, CaseDispatchedHandler>();
        services.AddIntegrationEventHandler<AssignmentSubDispatched, AssignmentSubDispatchedHandler>();
        services.AddIntegrationEventHandler<AssignmentsEnded, AssignmentsEndedHandler>();
        services.AddIntegrationEventHandler<CaseClosed, CaseClosedHandler>();
    }
}
