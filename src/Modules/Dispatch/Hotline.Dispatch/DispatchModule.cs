using Hotline.Dispatch.Dispatching;
using Hotline.Dispatch.Lookups;
using Hotline.Dispatch.Queue;
using Hotline.Dispatch.Returns;
using Hotline.Dispatch.Routing;
using Hotline.Dispatch.Scale;
using Hotline.Dispatch.Settings;
using Hotline.Dispatch.Timeline;
using Hotline.Platform.Modules;
using Microsoft.Extensions.Configuration;

namespace Hotline.Dispatch;

/// <summary>派单 module: the dispatch queue, routing rules, assignments to member units, sub-dispatch and returns.</summary>
public sealed class DispatchModule : IHotlineModule
{
    public const string Group = "派单";

    public string Name => "Dispatch";

    public void ConfigureModel(ModelBuilder builder) => DispatchModel.Configure(builder);

    // One explicit call per capability folder: deleting a capability's registration fails the build.
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<DispatchDbContext>(configuration);
        services.AddDispatchSettings();
        services.AddQueue();
        services.AddDispatchRouting();
        services.AddDispatching();
        services.AddReturns();
        services.AddDispatchLookups();
        services.AddDispatchTimeline();
        services.AddDispatchScale();
    }

    public Task SeedAsync(IServiceProvider services, bool demoMode, CancellationToken cancellationToken) =>
        demoMode ? RoutingRegistration.SeedDemoRulesAsync(services, cancellationToken) : Task.CompletedTask;
}
