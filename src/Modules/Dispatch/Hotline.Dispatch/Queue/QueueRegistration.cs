using Hotline.Platform.Navigation;
using Hotline.Platform.Slots;
using MudBlazor;

namespace Hotline.Dispatch.Queue;

/// <summary>The dispatcher's queue (待派单) and the supervisor's designation list (指定办理), with the home widget.</summary>
internal static class QueueRegistration
{
    public static IServiceCollection AddQueue(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(DispatchModule.Group, "派单队列", "/dispatch", Icons.Material.Filled.AltRoute, DispatchAccess.Dispatchers, 200),
            new(DispatchModule.Group, "指定办理", "/dispatch/designation", Icons.Material.Filled.AssignmentInd, DispatchAccess.Supervisors, 210)]);
        services.AddScoped<DispatchQueue>();
        services.AddHomeWidget<DispatchHomeWidget>(20, DispatchAccess.Dispatchers);
        services.AddWorkItemSource<DispatchWorkItems>(DispatchAccess.Dispatchers);
        return services;
    }
}
