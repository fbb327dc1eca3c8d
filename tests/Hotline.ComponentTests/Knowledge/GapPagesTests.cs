using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Knowledge.Authoring;
using Hotline.Knowledge.Gaps;
using Hotline.Knowledge.Review;
using Hotline.Knowledge.Versions;
using Hotline.Platform.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Knowledge;

/// <summary>A gap reported from the article page, fixed from the unit's page by a new version, watched on the editors' list.</summary>
public sealed class GapPagesTests : ComponentTestBase
{
    private async Task<Guid> PublishedAsync(string title)
    {
        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).Single(c => c.Code == "C0101");
        var input = new ArticleInput { Title = title, Body = "收费标准为每平方米1.2元。", CategoryId = category.Id, IsPublic = true };
        var authoring = Services.GetRequiredService<ArticleAuthoring>();
        var history = Services.GetRequiredService<ArticleHistory>();
        await SignInAsync("zjj.mgr");
        var id = await authoring.DraftAsync(input);
        await authoring.SubmitAsync(id, (await history.DetailsAsync(id)).Version);
        await SignInAsync("kbeditor");
        await Services.GetRequiredService<ArticleReviews>().ApproveAsync(id, (await history.DetailsAsync(id)).Version);
        return id;
    }

    [Fact]
    public async Task An_agent_reports_a_gap_on_the_article_the_unit_fixes_it_with_a_new_version_and_the_editor_sees_it_fixed_once_published()
    {
        var id = await PublishedAsync("缺失页面测试：物业费");

        await SignInAsync("agent");
        RenderProviders();
        var article = Render<ArticlePage>(p => p.Add(x => x.Id, id));
        article.WaitForAssertion(() => article.Find("button[data-testid=gap-report-open]").Click());
        article.WaitForAssertion(() => article.Find("button[data-testid=gap-report-save]").Click());
        article.WaitForAssertion(() => Assert.Contains("请说明", article.Find("[data-testid=gap-report-error]").TextContent));
        article.Find("textarea[data-testid=gap-description]").Change("收费标准已调整为1.5元");
        article.Find("input[data-testid=gap-case]").Change("QH202611250001");
        article.Find("button[data-testid=gap-report-save]").Click();
        article.WaitForAssertion(() => Assert.Empty(article.FindAll("[data-testid=gap-report-form]")));

        await SignInAsync("zjj.mgr");
        var unit = Render<UnitArticlesPage>();
        unit.WaitForAssertion(() => Assert.Contains("收费标准已调整为1.5元", unit.Markup));
        Assert.Contains("QH202611250001", unit.Markup);
        Assert.Empty(unit.FindAll("[data-testid=gap-overdue]"));
        unit.Find("button[data-testid=gap-fix]").Click();
        unit.WaitForAssertion(() => Assert.Equal($"/knowledge/edit/{id}", unit.Find("[data-testid=gap-fix-edit]").GetAttribute("href")));
        // A note alone is no fix: the unit is told to submit a new version first.
        unit.Find("button[data-testid=gap-fix-save]").Click();
        unit.WaitForAssertion(() => Assert.Contains("请先修改知识并提交审核", unit.Find("[data-testid=gaps-error]").TextContent));

        Clock.Advance(TimeSpan.FromHours(1));
        var authoring = Services.GetRequiredService<ArticleAuthoring>();
        var history = Services.GetRequiredService<ArticleHistory>();
        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).Single(c => c.Code == "C0101");
        await authoring.SaveAsync(id, (await history.DetailsAsync(id)).Version,
            new ArticleInput { Title = "缺失页面测试：物业费", Body = "收费标准为每平方米1.5元。", CategoryId = category.Id, IsPublic = true });
        await authoring.SubmitAsync(id, (await history.DetailsAsync(id)).Version);
        unit.Find("textarea[data-testid=gap-fix-note]").Change("已改为1.5元");
        unit.Find("button[data-testid=gap-fix-save]").Click();
        unit.WaitForAssertion(() => Assert.Equal("新版本待审核发布", unit.Find("[data-testid=gap-awaiting]").TextContent.Trim()));
        Assert.Contains("已改为1.5元", unit.Find("[data-testid=gaps-table]").TextContent);

        await SignInAsync("kbeditor");
        await Services.GetRequiredService<ArticleReviews>().ApproveAsync(id, (await history.DetailsAsync(id)).Version);
        var gaps = Render<GapsPage>();
        gaps.WaitForAssertion(() => Assert.DoesNotContain("收费标准已调整为1.5元", gaps.Markup));
        gaps.Find("input[data-testid=gaps-open-only]").Change(false);
        gaps.WaitForAssertion(() => Assert.Contains("已改为1.5元（第 2 版已发布）", gaps.Markup));
        Assert.Contains("住房和城乡建设局", gaps.Markup);
    }

    [Fact]
    public void A_fix_by_another_article_links_to_it_and_a_fix_of_the_rows_own_article_adds_no_link()
    {
        var (own, other) = (Guid.NewGuid(), Guid.NewGuid());
        var missing = Render<FixingArticleLink>(p => p.Add(x => x.FixArticleId, other).Add(x => x.ArticleId, null));
        Assert.Equal($"/knowledge/articles/{other}", missing.Find("[data-testid=gap-fix-article-link]").GetAttribute("href"));
        var same = Render<FixingArticleLink>(p => p.Add(x => x.FixArticleId, own).Add(x => x.ArticleId, own));
        Assert.Empty(same.FindAll("[data-testid=gap-fix-article-link]"));
    }
}
