using Hotline.Knowledge.Authoring;
using Hotline.Knowledge.Domain;
using Hotline.Knowledge.Persistence;
using Hotline.Knowledge.Review;
using Hotline.Platform.Catalog;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Knowledge;

/// <summary>Articles of the demo housing bureau (zjj / zjj.mgr) taken through their steps as the demo accounts.</summary>
internal static class KnowledgeTestData
{
    public static async Task<Guid> CategoryAsync(HotlineAppFactory app, string code) =>
        (await app.WithScopeAsync(sp => sp.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync())).Single(c => c.Code == code).Id;

    public static async Task<ArticleInput> InputAsync(HotlineAppFactory app, string title, string body = "住宅物业服务费实行政府指导价，一级服务每月每平方米 1.2 元。",
        string categoryCode = "C0101") =>
        new() { Title = title, Body = body, CategoryId = await CategoryAsync(app, categoryCode), Keywords = "物业费 收费标准", IsPublic = true };

    public static Task<Article> ArticleAsync(HotlineAppFactory app, Guid id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<KnowledgeDbContext>().Articles.AsNoTracking().SingleAsync(a => a.Id == id));

    public static Task<List<ArticleVersion>> VersionsAsync(HotlineAppFactory app, Guid id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<KnowledgeDbContext>().Versions.AsNoTracking().Where(v => v.ArticleId == id)
            .OrderBy(v => v.Number).ToListAsync());

    public static Task<Guid> DraftAsync(HotlineAppFactory app, ArticleInput input, string user = "zjj") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<ArticleAuthoring>().DraftAsync(input));

    public static async Task SubmitAsync(HotlineAppFactory app, Guid id, string user = "zjj.mgr")
    {
        var version = (await ArticleAsync(app, id)).Version;
        await app.AsUserAsync(user, sp => sp.GetRequiredService<ArticleAuthoring>().SubmitAsync(id, version));
    }

    public static async Task<int?> ApproveAsync(HotlineAppFactory app, Guid id, string user = "kbeditor")
    {
        var version = (await ArticleAsync(app, id)).Version;
        return await app.AsUserAsync(user, sp => sp.GetRequiredService<ArticleReviews>().ApproveAsync(id, version));
    }

    /// <summary>A new version of a published article: edited by zjj and submitted by zjj.mgr, then approved by kbeditor when <paramref name="publish"/>.</summary>
    public static async Task ReviseAsync(HotlineAppFactory app, Guid id, bool publish = true)
    {
        var article = await ArticleAsync(app, id);
        var input = await InputAsync(app, article.Title, article.Body + "（已按最新文件修订）");
        await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ArticleAuthoring>().SaveAsync(id, article.Version, input));
        await SubmitAsync(app, id);
        if (publish)
            await ApproveAsync(app, id);
    }

    /// <summary>Drafted by zjj, submitted by zjj.mgr, approved by kbeditor.</summary>
    public static async Task<Guid> PublishedAsync(HotlineAppFactory app, string title)
    {
        var id = await DraftAsync(app, await InputAsync(app, title));
        await SubmitAsync(app, id);
        await ApproveAsync(app, id);
        return id;
    }
}
