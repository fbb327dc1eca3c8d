using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Knowledge.Authoring;
using Hotline.Knowledge.Review;
using Hotline.Knowledge.Versions;
using Hotline.Platform.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Knowledge;

/// <summary>The unit's editor and list, the article page with the editor's review and the version diff.</summary>
public sealed class KnowledgePageTests : ComponentTestBase
{
    private async Task<ArticleInput> InputAsync(string title, string body)
    {
        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).Single(c => c.Code == "C0101");
        return new ArticleInput { Title = title, Body = body, CategoryId = category.Id, IsPublic = true };
    }

    [Fact]
    public async Task The_editor_refuses_an_oversized_body_with_the_limit_and_the_unit_list_shows_a_saved_draft()
    {
        await SignInAsync("zjj");
        RenderProviders();
        var id = await Services.GetRequiredService<ArticleAuthoring>().DraftAsync(await InputAsync("维修资金使用流程", "## 流程\n\n- 业主大会表决"));

        var editor = Render<ArticleEditorPage>(p => p.Add(x => x.Id, id));
        editor.WaitForAssertion(() => Assert.Equal("维修资金使用流程", editor.Find("input[data-testid=editor-title]").GetAttribute("value")));
        editor.Find("textarea[data-testid=editor-body]").Change(new string('字', 200_000));
        editor.Find("button[data-testid=editor-save]").Click();
        editor.WaitForAssertion(() => Assert.Contains("不能超过 100,000 个字符", editor.Find("[data-testid=editor-error]").TextContent));

        var list = Render<UnitArticlesPage>();
        list.WaitForAssertion(() => Assert.Contains(list.FindAll("[data-testid=article-row]"), r => r.GetAttribute("data-title") == "维修资金使用流程"));
    }

    [Fact]
    public async Task The_editor_approves_from_the_article_page_and_two_versions_are_compared_side_by_side()
    {
        await SignInAsync("zjj");
        var authoring = Services.GetRequiredService<ArticleAuthoring>();
        var id = await authoring.DraftAsync(await InputAsync("物业费标准", "收费标准为每平方米1.2元。"));
        await SignInAsync("zjj.mgr");
        var history = Services.GetRequiredService<ArticleHistory>();
        await authoring.SubmitAsync(id, (await history.DetailsAsync(id)).Version);
        await SignInAsync("kbeditor");
        await Services.GetRequiredService<ArticleReviews>().ApproveAsync(id, (await history.DetailsAsync(id)).Version);
        await SignInAsync("zjj.mgr");
        await authoring.SaveAsync(id, (await history.DetailsAsync(id)).Version, await InputAsync("物业服务费标准", "收费标准为每平方米1.5元。"));
        await authoring.SubmitAsync(id, (await history.DetailsAsync(id)).Version);

        await SignInAsync("kbeditor");
        RenderProviders();
        var queue = Render<ReviewQueuePage>();
        queue.WaitForAssertion(() => Assert.Contains(queue.FindAll("[data-testid=article-row]"), r => r.GetAttribute("data-title") == "物业服务费标准"));

        var page = Render<ArticlePage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => page.Find("button[data-testid=article-approve]").Click());
        page.WaitForAssertion(() => Assert.Contains("在用第 2 版", page.Markup));
        Assert.Empty(page.FindAll("button[data-testid=article-approve]"));

        page.FindAll(".mud-tab").Single(t => t.TextContent.Contains("历史版本")).Click();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=version-row]").Count));
        foreach (var box in page.FindAll("[data-testid=version-row] input[type=checkbox]").ToList())
            box.Change(true);
        page.Find("button[data-testid=version-compare]").Click();
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=diff-field]"), f => f.TextContent.Contains("物业服务费标准")));
        Assert.True(page.FindAll("[data-testid=version-diff] ins").Any(i => i.TextContent == "5"), page.Find("[data-testid=version-diff]").OuterHtml);
    }
}
