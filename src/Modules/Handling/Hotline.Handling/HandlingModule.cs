using Hotline.Handling.Persistence;
using Hotline.Platform.Modules;
using Hotline.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Handling;

/// <summary>办理 module: the member unit's workbench — sign for, contact, extension, co-handling opinions, replies, redo.</summary>
public sealed class HandlingModule : IHotlineModule
{
    public const string Group = "办理";

    public string Name => "Handling";

    public void ConfigureModel(ModelBuilder builder) => HandlingModel.Configure(builder);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<HandlingDbContext>(configuration);
    }

    public IEnumerable<NavEntry> Navigation => [];
}
