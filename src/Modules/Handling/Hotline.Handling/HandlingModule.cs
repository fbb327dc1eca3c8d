using Hotline.Handling.Persistence;
using Hotline.Platform;
using Hotline.Platform.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Handling;

/// <summary>办理 module: the member unit's workbench — sign for, contact, extension, co-handling opinions, replies, redo.</summary>
public sealed partial class HandlingModule : IHotlineModule
{
    public const string Group = "办理";

    public string Name => "Handling";

    public void ConfigureModel(ModelBuilder builder) => HandlingModel.Configure(builder);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<HandlingDbContext>(configuration);
        AddWorkbench(services);
        AddOutcomes(services);
    }

    public IEnumerable<NavEntry> Navigation => WorkbenchNavigation.Concat(OutcomeNavigation);

    /// <summary>Assignments from Dispatch's events, inbox, deadlines, sign-for, contact, notes, facts (HandlingModule.Workbench.cs).</summary>
    static partial void AddWorkbench(IServiceCollection services);

    /// <summary>Extensions, co-handling opinions, replies and approval, redo, the case panel (HandlingModule.Outcomes.cs).</summary>
    static partial void AddOutcomes(IServiceCollection services);
}
