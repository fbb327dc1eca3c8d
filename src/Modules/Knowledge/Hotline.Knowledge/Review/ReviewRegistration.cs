using MudBlazor;

namespace Hotline.Knowledge.Review;

/// <summary>The KnowledgeEditor's review queue: approve (publish), send back, expire.</summary>
internal static class ReviewRegistration
{
    public static readonly NavEntry[] Navigation =
    [
        new(KnowledgeModule.Group, "知识审核", "/knowledge/review", Icons.Material.Filled.FactCheck, KnowledgeAccess.Editors, 610),
    ];

    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddScoped<ArticleReviews>();
        services.AddScoped<ReviewQueue>();
        return services;
    }
}
