using Hotline.Platform.Organization;

namespace Hotline.Knowledge.Authoring;

/// <summary>
/// Puts the demo county's articles (<see cref="IDemoArticles"/>, from the demo data project) in as published versions,
/// through the article's own lifecycle (draft → submit → approve) so they look exactly like reviewed knowledge. The
/// search index rebuilds itself from the database at the first search because its count differs.
/// </summary>
internal static class DemoArticleSeed
{
    private const string Author = "演示数据";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetService<IDemoArticles>() is not { } demo)
            return;
        var contexts = services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Idempotent: only into an empty knowledge base, never over a county's own articles.
        if (await db.Articles.AnyAsync(cancellationToken))
            return;
        var categories = (await services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync(cancellationToken)).ToDictionary(c => c.Code);
        var units = (await services.GetRequiredService<IUnitDirectory>().ActiveUnitsAsync(cancellationToken))
            .ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        foreach (var a in demo.All)
        {
            // A county without the demo tables (units or categories renamed) simply gets fewer demo articles.
            if (!categories.TryGetValue(a.Category, out var category) || !units.TryGetValue(a.Unit, out var unit))
                continue;
            var content = new ArticleContent { Title = a.Title, Body = a.Body, Keywords = a.Keywords, CategoryId = category.Id, IsPublic = a.IsPublic };
            var article = Article.Draft(unit.Id, content, now, Author);
            article.Submit(unit.Id, now, Author);
            var version = article.Approve(needsSecondReview: false, now, Author)!;
            db.Articles.Add(article);
            db.Versions.Add(version);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
