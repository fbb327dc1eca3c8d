using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Knowledge.Review;

/// <summary>The KnowledgeEditor's review queue: approve (publish), send back, expire.</summary>
internal static class ReviewRegistration
{
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(KnowledgeModule.Group, "知识审核", "/knowledge/review", Icons.Material.Filled.FactCheck, KnowledgeAccess.Editors, 610)]);
        services.AddScoped<ArticleReviews>();
        services.AddScoped<ReviewQueue>();
        return services;
    }
}
