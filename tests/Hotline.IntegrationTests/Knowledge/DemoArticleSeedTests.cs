using Hotline.Knowledge.Authoring;
using Hotline.Knowledge.Domain;
using Hotline.Knowledge.Persistence;
using Hotline.Knowledge.Search;
using Hotline.Knowledge.Shared;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Knowledge;

/// <summary>The demo knowledge base: seeded once in demo mode, published, internal ones hidden from the public; nothing outside demo mode.</summary>
public sealed class DemoArticleSeedTests
{
    private static Task<List<Article>> ArticlesAsync(HotlineAppFactory app) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<KnowledgeDbContext>().Articles.AsNoTracking().ToListAsync());

    [Fact]
    public async Task Demo_mode_seeds_the_published_demo_articles_once_and_the_public_sees_only_public_ones()
    {
        await using var app = new HotlineAppFactory(DatabaseProvider.Sqlite);
        var seeded = await ArticlesAsync(app);
        var demo = app.Services.GetRequiredService<IDemoArticles>().All;
        Assert.Equal(demo.Count, seeded.Count);
        Assert.All(seeded, a => Assert.Equal((ArticleStatus.Published, 1), (a.Status, a.PublishedVersionNumber ?? 0)));
        Assert.Contains(seeded, a => !a.IsPublic);

        // A restart on the same database seeds nothing again.
        await using (var restarted = new HotlineAppFactory(app))
            Assert.Equal(seeded.Count, (await ArticlesAsync(restarted)).Count);

        var internalTitle = demo.First(a => !a.IsPublic).Title;
        var search = app.Services.GetRequiredService<KnowledgeSearch>();
        Assert.DoesNotContain(await search.SearchPublicAsync(internalTitle, new SearchFilters()), h => h.Title == internalTitle);
        Assert.Contains(await app.AsUserAsync("agent", sp => sp.GetRequiredService<KnowledgeSearch>().SearchAsync(internalTitle, new SearchFilters())),
            h => h.Title == internalTitle);
    }

    [Fact]
    public async Task Outside_demo_mode_no_demo_article_is_seeded()
    {
        await using var app = new HotlineAppFactory(DatabaseProvider.Sqlite, demoMode: false);
        Assert.Empty(await ArticlesAsync(app));
    }
}
