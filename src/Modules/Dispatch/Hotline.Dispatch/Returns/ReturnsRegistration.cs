using Hotline.Dispatch.Application;
using Hotline.Dispatch.Application.Returns;
using Hotline.Dispatch.Components.Returns;
using Hotline.Platform.Modules;
using Hotline.Platform.Slots;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.Dispatch;

public sealed partial class DispatchModule
{
    private static readonly NavEntry[] ReturnNavigation =
    [
        new(Group, "退单审核", "/dispatch/returns", Icons.Material.Filled.AssignmentReturn, DispatchAccess.Dispatchers, 230),
        new(Group, "退单争议", "/dispatch/disputes", Icons.Material.Filled.Gavel, DispatchAccess.Supervisors, 240),
    ];

    static partial void AddReturns(IServiceCollection services)
    {
        services.AddScoped<ReturnApproval>();
        services.AddScoped<ReturnApplications>();
        services.AddScoped<ReturnReviews>();
        services.AddScoped<ReturnQueries>();
        services.AddScoped<ReturnPanelQuery>();
        services.AddScoped<SubDispatching>();
        services.AddCasePanel<ReturnsCasePanel>("退单与下派", 30);
        services.AddHomeWidget<PendingReturnsWidget>(30, DispatchAccess.Dispatchers);
    }
}
