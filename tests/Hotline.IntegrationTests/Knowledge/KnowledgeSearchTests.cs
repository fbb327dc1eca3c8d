using Microsoft.EntityFrameworkCore;
using Hotline.Knowledge.Persistence;
using Hotline.Platform.Organization;
using Hotline.Knowledge.Authoring;
using Hotline.Knowledge.Search;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Knowledge.KnowledgeTestData;

namespace Hotline.IntegrationTests.Knowledge;

public abstract class KnowledgeSearchTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private async Task<Guid> PublishAsync(string title, string body, string keywords, bool isPublic = true, string category = "C0101")
    {
        var input = await InputAsync(app, title, body, category);
        input.Keywords = keywords;
        input.IsPublic = isPublic;
        var id = await DraftAsync(app, input);
        await SubmitAsync(app, id);
        await ApproveAsync(app, id);
        await app.DeliverEventsAsync();
        return id;
    }

    private Task<IReadOnlyList<SearchHit>> SearchAsync(string text, SearchFilters? filters = null, string user = "agent") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<KnowledgeSearch>().SearchAsync(text, filters ?? new SearchFilters()));

    [Fact]
    public async Task The_area_filter_keeps_the_areas_own_and_the_county_wide_articles_and_leaves_out_other_areas()
    {
        var areas = await app.WithScopeAsync(sp => sp.GetRequiredService<IAreaDirectory>().ActiveAreasAsync());
        var (east, west) = (areas[0].Id, areas[1].Id);
        async Task<Guid> InAreaAsync(string title, Guid? area)
        {
            var input = await InputAsync(app, title, "属地检索测试：农村自建房审批须经乡镇初审后报县自然资源局。");
            input.AreaId = area;
            var id = await DraftAsync(app, input);
            await SubmitAsync(app, id);
            await ApproveAsync(app, id);
            return id;
        }
        var own = await InAreaAsync("属地检索测试：本属地的自建房审批", east);
        var county = await InAreaAsync("属地检索测试：全县的自建房审批", null);
        var other = await InAreaAsync("属地检索测试：其他属地的自建房审批", west);
        await app.DeliverEventsAsync();

        var hits = (await SearchAsync("自建房审批", new SearchFilters(AreaId: east))).Select(h => h.ArticleId).ToList();
        Assert.Contains(own, hits);
        Assert.Contains(county, hits);
        Assert.DoesNotContain(other, hits);
        Assert.Contains(other, (await SearchAsync("自建房审批")).Select(h => h.ArticleId));
    }

    [Fact]
    public async Task Published_articles_are_found_by_words_synonyms_and_typos_with_highlights_and_filters()
    {
        // Topics the demo knowledge base (seeded in demo mode) does not cover, so the ranking below is this test's own.
        var fee = await PublishAsync("检索测试：小区地面停车位物业服务收费标准", "小区地面停车位物业服务费每月每个车位60元，由物业服务企业公示后收取。", "停车位 车位费 物业费");
        var fund = await PublishAsync("检索测试：网络预约出租汽车驾驶员证办理条件", "申请网络预约出租汽车驾驶员证须取得相应准驾车型驾驶证并具有3年以上驾驶经历。",
            "网约车 驾驶员证", isPublic: false, category: "C0403");

        var hits = await SearchAsync("小区停车位收费标准");
        Assert.Equal(fee, hits[0].ArticleId);
        Assert.Contains("<mark>", hits[0].SnippetHtml);
        Assert.Equal(fund, (await SearchAsync("网约车司机证怎么办"))[0].ArticleId);
        Assert.Equal(fund, (await SearchAsync("网络预约出租汽今驾驶员"))[0].ArticleId);

        Assert.DoesNotContain(await SearchAsync("网约车", new SearchFilters(PublicOnly: true)), h => h.ArticleId == fund);
        Assert.DoesNotContain(await app.WithScopeAsync(sp => sp.GetRequiredService<KnowledgeSearch>().SearchPublicAsync("网约车", new SearchFilters())),
            h => h.ArticleId == fund);
        Assert.DoesNotContain(await SearchAsync("物业费", new SearchFilters(CategoryId: await CategoryAsync(app, "C0403"))), h => h.ArticleId == fee);
    }

    [Fact]
    public async Task Any_syntax_is_searched_without_failing()
    {
        await PublishAsync("检索测试：电梯困人怎么办", "电梯困人请拨打电梯内的应急电话。", "电梯 困人");
        foreach (var text in new[] { "\"电梯", "电梯)(", "[电梯]", "*", "电梯:困人", "title:电梯 OR", "\\", "~!@#$%^&*()", "", "   ", new string('梯', 10_000), "AND NOT" })
            await SearchAsync(text);
        Assert.NotEmpty(await SearchAsync("电梯:困人*"));
    }

    [Fact]
    public async Task Withdrawn_articles_leave_the_index_and_the_index_is_rebuilt_when_stale()
    {
        var id = await PublishAsync("检索测试：燃气表更换", "燃气表使用满十年须免费更换。", "燃气表");
        Assert.Contains(await SearchAsync("燃气表更换"), h => h.ArticleId == id);
        var version = (await ArticleAsync(app, id)).Version;
        await app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<ArticleAuthoring>().WithdrawAsync(id, version, "已调整"));
        await app.DeliverEventsAsync();
        Assert.DoesNotContain(await SearchAsync("燃气表更换"), h => h.ArticleId == id);

        // An emptied index (e.g. a lost data directory) is rebuilt from the database at the next search.
        app.Services.GetRequiredService<KnowledgeIndex>().ReplaceAll([]);
        var other = await PublishAsync("检索测试：供暖温度标准", "供暖期间室内温度不低于18摄氏度。", "供暖 温度");
        app.Services.GetRequiredService<KnowledgeIndex>().ReplaceAll([]);
        Assert.Contains(await SearchAsync("供暖温度"), h => h.ArticleId == other);

        // An index from before a restore: as many articles, one of them in an older version. At the process's first
        // search (a restarted app) it is compared article by article and rebuilt.
        var index = app.Services.GetRequiredService<KnowledgeIndex>();
        var revised = await PublishAsync("检索测试：供暖投诉渠道", "供暖不热可拨打热力公司电话。", "供暖 不热");
        await KnowledgeTestData.ReviseAsync(app, revised);
        await app.DeliverEventsAsync();
        var old = await app.WithScopeAsync(sp => sp.GetRequiredService<KnowledgeDbContext>().Versions.AsNoTracking()
            .SingleAsync(v => v.ArticleId == revised && v.Number == 1));
        index.Upsert(new IndexedArticle(revised, 1, old.Title, old.Keywords ?? "", old.Body, old.CategoryId, old.UnitId, old.AreaId, old.IsPublic,
            old.EffectiveFrom, old.ExpiresOn));
        index.VersionsChecked = false;
        Assert.Equal(2, (await SearchAsync("供暖不热")).Single(h => h.ArticleId == revised).VersionNumber);
        Assert.True(index.VersionsChecked);
    }
}

public sealed class SqliteKnowledgeSearchTests(SqliteApp app) : KnowledgeSearchTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbKnowledgeSearchTests(MariaDbApp app) : KnowledgeSearchTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;

/// <summary>The public self-service pages over HTTP: static rendering, public valid articles only.</summary>
public sealed class PublicKnowledgePageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_public_finds_public_articles_only_and_internal_ones_are_not_found()
    {
        var pub = await KnowledgeTestData.DraftAsync(app, await KnowledgeTestData.InputAsync(app, "公开测试：路灯报修渠道", "路灯不亮可拨打 12345 或在网上报修。"));
        var input = await KnowledgeTestData.InputAsync(app, "公开测试：内部处置口径", "内部口径：路灯报修先派城管局。");
        input.IsPublic = false;
        var internalId = await KnowledgeTestData.DraftAsync(app, input);
        foreach (var id in new[] { pub, internalId })
        {
            await KnowledgeTestData.SubmitAsync(app, id);
            await KnowledgeTestData.ApproveAsync(app, id);
        }
        await app.DeliverEventsAsync();

        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/public/knowledge?q=" + Uri.EscapeDataString("路灯报修")));
        Assert.Contains("公开测试：路灯报修渠道", page);
        Assert.DoesNotContain("内部处置口径", page);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/public/knowledge/{pub}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/public/knowledge/{internalId}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/public/knowledge?q=" + Uri.EscapeDataString("\"[*:"))).StatusCode);

        // Browsing by category: the category is offered with its public articles only, and lists them.
        var category = await app.WithScopeAsync(sp => sp.GetRequiredService<Hotline.Platform.Catalog.ICategoryCatalog>().GetCategoryAsync(input.CategoryId!.Value));
        var home = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/public/knowledge"));
        Assert.Contains($"?c={input.CategoryId}", home);
        Assert.Contains(category!.PathName, home);
        var browsed = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/public/knowledge?c={input.CategoryId}"));
        Assert.Contains("公开测试：路灯报修渠道", browsed);
        Assert.DoesNotContain("内部处置口径", browsed);
    }
}
