using Hotline.Dispatch.Returns.Apply;
using Hotline.Dispatch.Returns.Review;
using Hotline.Dispatch.Returns.SubDispatch;
using Hotline.Platform.Navigation;
using Hotline.Platform.Slots;
using MudBlazor;

namespace Hotline.Dispatch.Returns;

/// <summary>Returns (退单): a unit applies (Apply/), the dispatcher reviews (Review/), a refusal may be disputed (Dispute/); sub-dispatch (SubDispatch/).</summary>
internal static class ReturnsRegistration
{
    public static IServiceCollection AddReturns(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(DispatchModule.Group, "退单审核", "/dispatch/returns", Icons.Material.Filled.AssignmentReturn, DispatchAccess.Dispatchers, 230),
            new(DispatchModule.Group, "退单争议", "/dispatch/disputes", Icons.Material.Filled.Gavel, DispatchAccess.Supervisors, 240)]);
        services.AddScoped<ReturnApproval>();
        services.AddScoped<ReturnApplications>();
        services.AddScoped<ReturnReviews>();
        services.AddScoped<ReturnQueries>();
        services.AddScoped<ReturnPanelQuery>();
        services.AddScoped<SubDispatching>();
        services.AddScoped<IUnitDispatchActions, UnitDispatchActionsQuery>();
        services.AddCasePanel<ReturnsCasePanel>("退单与下派", 30, UnitDispatchActions.PanelAnchor);
        services.AddHomeWidget<PendingReturnsWidget>(30, DispatchAccess.Dispatchers);
        services.AddAuditObjectType("ReturnRequest", "退单申请");
        return services;
    }
}
