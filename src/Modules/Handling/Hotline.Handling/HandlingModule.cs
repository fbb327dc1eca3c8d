using Hotline.Handling.CasePanel;
using Hotline.Handling.CoOpinions;
using Hotline.Handling.Contact;
using Hotline.Handling.Deadlines;
using Hotline.Handling.Extensions;
using Hotline.Handling.Facts;
using Hotline.Handling.Inbox;
using Hotline.Handling.Notes;
using Hotline.Handling.Redo;
using Hotline.Handling.Replies;
using Hotline.Handling.ResultNotice;
using Hotline.Handling.Scale;
using Hotline.Handling.Settings;
using Hotline.Handling.SignFor;
using Hotline.Handling.Timeline;
using Hotline.Handling.Workbench;
using Hotline.Platform.Modules;
using Microsoft.Extensions.Configuration;

namespace Hotline.Handling;

/// <summary>办理 module: the member unit's workbench — sign for, contact, extension, co-handling opinions, replies, redo.</summary>
public sealed class HandlingModule : IHotlineModule
{
    public const string Group = "办理";

    public string Name => "Handling";

    public void ConfigureModel(ModelBuilder builder) => HandlingModel.Configure(builder);

    // One explicit call per capability folder: deleting a capability's registration fails the build.
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<HandlingDbContext>(configuration);
        services.AddHandlingShared();
        services.AddHandlingSettings();
        services.AddInbox();
        services.AddWorkbench();
        services.AddSignFor();
        services.AddContact();
        services.AddNotes();
        services.AddDeadlines();
        services.AddExtensions();
        services.AddCoOpinions();
        services.AddReplies();
        services.AddResultNotice();
        services.AddRedo();
        services.AddCasePanel();
        services.AddHandlingFacts();
        services.AddHandlingTimeline();
        services.AddHandlingScale();
    }

    /// <summary>Redos begun before the upgrade that started keeping redo orders get theirs (<see cref="RedoOrderBackfill"/>).</summary>
    public Task SeedAsync(IServiceProvider services, bool demoMode, CancellationToken cancellationToken) =>
        services.GetRequiredService<RedoOrderBackfill>().RunAsync(cancellationToken);
}
