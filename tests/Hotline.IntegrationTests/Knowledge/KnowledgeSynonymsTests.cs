using Hotline.IntegrationTests.Identity;
using Hotline.Knowledge.Search;
using Hotline.Platform;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Knowledge.KnowledgeTestData;

namespace Hotline.IntegrationTests.Knowledge;

/// <summary>The KnowledgeEditor's synonyms: validated as a whole, audited, used by the next search; nobody else may save them.</summary>
public abstract class KnowledgeSynonymsTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task SaveAsync(string text, string user = "kbeditor") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<KnowledgeSynonyms>().SaveAsync(text));

    private Task<List<List<string>>> GroupsAsync() =>
        app.WithScopeAsync(sp => sp.GetRequiredService<KnowledgeSynonyms>().GroupsAsync());

    [Fact]
    public async Task The_editor_saves_synonyms_that_the_search_uses_and_the_change_is_audited()
    {
        var input = await InputAsync(app, "检索测试：共享单车乱停放", "共享单车应停放在施划的停车区内。", "C0804");
        input.Keywords = "共享单车";
        var id = await DraftAsync(app, input);
        await SubmitAsync(app, id);
        await ApproveAsync(app, id);
        await app.DeliverEventsAsync();

        await SaveAsync("公积金 住房公积金\n\n共享单车、小黄车，单车 单车\n");
        Assert.Equal([["公积金", "住房公积金"], ["共享单车", "小黄车", "单车"]], await GroupsAsync());
        Assert.Contains(await app.AuditOfAsync(KnowledgeSynonyms.Key), a => a.Action == "修改系统设置" && a.UserName == "kbeditor");
        var hits = await app.AsUserAsync("agent", sp => sp.GetRequiredService<KnowledgeSearch>().SearchAsync("小黄车", new SearchFilters()));
        Assert.Equal(id, hits[0].ArticleId);
    }

    [Fact]
    public async Task Invalid_synonyms_are_refused_with_every_problem_and_nothing_is_saved()
    {
        var before = await GroupsAsync();
        var error = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            SaveAsync("公积金 住房公积金\n物业费\n住房公积金 公积金贷款\n" + new string('长', 30) + " 短"));
        Assert.Contains("第 2 行：一组同义词至少要有两个词。", error.Message);
        Assert.Contains("第 3 行：“住房公积金”已出现在第 1 行", error.Message);
        Assert.Contains("第 4 行：", error.Message);
        Assert.Equal(before, await GroupsAsync());
    }

    [Fact]
    public async Task Only_a_knowledge_editor_may_save_synonyms()
    {
        var before = await GroupsAsync();
        foreach (var user in new[] { "agent", "admin", "zjj.mgr" })
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => SaveAsync("停水 断水 没水", user));
        Assert.Equal(before, await GroupsAsync());
    }
}

public sealed class SqliteKnowledgeSynonymsTests(SqliteApp app) : KnowledgeSynonymsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbKnowledgeSynonymsTests(MariaDbApp app) : KnowledgeSynonymsTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
