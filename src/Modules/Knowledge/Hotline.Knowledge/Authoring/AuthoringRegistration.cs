using Hotline.Platform.Auditing;
using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Knowledge.Authoring;

/// <summary>The unit's knowledge: its list, the editor, submitting, restoring and withdrawing.</summary>
internal static class AuthoringRegistration
{
    public static IServiceCollection AddAuthoring(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(KnowledgeModule.Group, "本单位知识", "/knowledge/unit", Icons.Material.Filled.LibraryBooks, KnowledgeAccess.Authors, 600)]);
        services.AddAuditObjectType("Article", "知识", id => Guid.TryParse(id, out _) ? $"/knowledge/articles/{id}" : "/knowledge");
        services.AddScoped<ArticleAuthoring>();
        services.AddScoped<UnitArticleList>();
        return services;
    }

    /// <summary>The demo county's articles (demo mode only; the module entry point decides).</summary>
    public static Task SeedDemoArticlesAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DemoArticleSeed.SeedAsync(services, cancellationToken);
}
