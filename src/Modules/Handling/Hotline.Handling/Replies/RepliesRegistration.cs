using Hotline.Evaluation.Contracts;
using Hotline.Handling.Application.Outcomes;
using Hotline.Handling.Components.Outcomes;
using Hotline.Platform.Identity;
using Hotline.Platform.Messaging;
using Hotline.Platform.Modules;
using Hotline.Platform.Slots;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.Handling;

public sealed partial class HandlingModule
{
    private static readonly NavEntry[] OutcomeNavigation =
    [
        new(Group, "延期审批", "/handling/extensions", Icons.Material.Filled.MoreTime, [HotlineRoles.Dispatcher, HotlineRoles.Supervisor], 220),
        new(Group, "本单位设置", "/unit/settings", Icons.Material.Filled.SettingsApplications, [HotlineRoles.UnitManager], 230),
    ];

    static partial void AddOutcomes(IServiceCollection services)
    {
        services.AddScoped<OutcomeGuard>();
        services.AddScoped<ExtensionService>();
        services.AddScoped<CoOpinionService>();
        services.AddScoped<ReplyAcceptance>();
        services.AddScoped<ReplyService>();
        services.AddScoped<UnitSettingsService>();
        services.AddScoped<CasePanelQuery>();
        services.AddIntegrationEventHandler<RedoRequested, RedoRequestedHandler>();
        services.AddCasePanel<HandlingCasePanel>("办理情况", 30);
    }
}
