using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Knowledge.Search;

/// <summary>Full-text search of live articles (Lucene.Net, SmartCn + CJK bigrams), kept current by the module's events.</summary>
internal static class SearchRegistration
{
    public static IServiceCollection AddKnowledgeSearch(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(KnowledgeModule.Group, "知识检索", "/knowledge", Icons.Material.Filled.ManageSearch, KnowledgeAccess.Readers, 590),
            new(KnowledgeModule.Group, "同义词维护", "/knowledge/synonyms", Icons.Material.Filled.Translate, KnowledgeAccess.Editors, 620)]);
        services.AddSingleton<KnowledgeIndex>();
        services.AddScoped<IndexBuilder>();
        services.AddHostedService<IndexRelay>();
        services.AddHostedService<IndexStartup>();
        services.AddScoped<KnowledgeSynonyms>();
        services.AddScoped<KnowledgeSearch>();
        services.AddIntegrationEventHandler<ArticlePublished, IndexEventHandlers>();
        services.AddIntegrationEventHandler<ArticleRetired, IndexEventHandlers>();
        return services;
    }
}
