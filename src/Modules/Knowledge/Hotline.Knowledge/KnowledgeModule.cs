using Hotline.Knowledge.Attachments;
using Hotline.Knowledge.Authoring;
using Hotline.Knowledge.Gaps;
using Hotline.Knowledge.Import;
using Hotline.Knowledge.Public;
using Hotline.Knowledge.Review;
using Hotline.Knowledge.Search;
using Hotline.Knowledge.Settings;
using Hotline.Knowledge.Upkeep;
using Hotline.Knowledge.Usage;
using Hotline.Knowledge.Versions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace Hotline.Knowledge;

/// <summary>知识库 module: unit-owned articles, their review and versions, search and the public self-service pages.</summary>
public sealed class KnowledgeModule : IHotlineModule
{
    public const string Group = "知识库";

    public string Name => "Knowledge";

    public void ConfigureModel(ModelBuilder builder) => KnowledgeModel.Configure(builder);

    // One explicit call per capability folder: deleting a capability's registration fails the build.
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<KnowledgeDbContext>(configuration);
        services.AddKnowledgeSettings();
        services.AddAuthoring();
        services.AddKnowledgeAttachments();
        services.AddReview();
        services.AddVersions();
        services.AddKnowledgeSearch();
        services.AddKnowledgePublic();
        services.AddKnowledgeUsage();
        services.AddKnowledgeGaps();
        services.AddKnowledgeImport();
        services.AddKnowledgeUpkeep();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => PublicFileEndpoint.Map(endpoints);

    public Task SeedAsync(IServiceProvider services, bool demoMode, CancellationToken cancellationToken) =>
        demoMode ? AuthoringRegistration.SeedDemoArticlesAsync(services, cancellationToken) : Task.CompletedTask;
}
