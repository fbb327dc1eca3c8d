using Hotline.Dispatch.Persistence;
using Hotline.Platform;
using Hotline.Platform.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Dispatch;

/// <summary>派单 module: the dispatch queue, routing rules, assignments to member units, sub-dispatch and returns.</summary>
public sealed partial class DispatchModule : IHotlineModule
{
    public const string Group = "派单";

    public string Name => "Dispatch";

    public void ConfigureModel(ModelBuilder builder) => DispatchModel.Configure(builder);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<DispatchDbContext>(configuration);
        AddDispatching(services);
        AddReturns(services);
    }

    public IEnumerable<NavEntry> Navigation => DispatchingNavigation.Concat(ReturnNavigation);

    public Task SeedAsync(IServiceProvider services, bool demoMode, CancellationToken cancellationToken) =>
        SeedDispatchingAsync(services, demoMode, cancellationToken);

    /// <summary>Queue, suggestions, routing rules, dispatch, reassignment, designation (DispatchModule.Dispatching.cs).</summary>
    static partial void AddDispatching(IServiceCollection services);

    /// <summary>Returns, disputes, sub-dispatch (DispatchModule.Returns.cs).</summary>
    static partial void AddReturns(IServiceCollection services);
}
