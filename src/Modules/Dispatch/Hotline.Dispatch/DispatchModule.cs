using Hotline.Dispatch.Persistence;
using Hotline.Platform.Modules;
using Hotline.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Dispatch;

/// <summary>派单 module: the dispatch queue, routing rules, assignments to member units, sub-dispatch and returns.</summary>
public sealed class DispatchModule : IHotlineModule
{
    public const string Group = "派单";

    public string Name => "Dispatch";

    public void ConfigureModel(ModelBuilder builder) => DispatchModel.Configure(builder);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<DispatchDbContext>(configuration);
    }

    public IEnumerable<NavEntry> Navigation => [];
}
