using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Knowledge.Authoring;
using Hotline.Knowledge.Domain;
using Hotline.Knowledge.Gaps;
using Hotline.Knowledge.Review;
using Hotline.Knowledge.Usage;
using Hotline.Knowledge.Versions;
using Hotline.Platform.Catalog;
using Hotline.Platform.Slots;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Knowledge;

/// <summary>
/// 有用/没用 on the article page, the editor's usage figures with the chart of the most used articles, and the unit's
/// open gaps on its home page leading to the gap.
/// </summary>
public sealed class KnowledgeUsagePagesTests : ComponentTestBase
{
    private async Task<Guid> PublishedAsync(string title, string code = "C0101", string unit = "zjj")
    {
        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).Single(c => c.Code == code);
        var authoring = Services.GetRequiredService<ArticleAuthoring>();
        var history = Services.GetRequiredService<ArticleHistory>();
        await SignInAsync(unit + ".mgr");
        var id = await authoring.DraftAsync(new ArticleInput { Title = title, Body = "办理须携带身份证和申请表。", CategoryId = category.Id, IsPublic = true });
        await authoring.SubmitAsync(id, (await history.DetailsAsync(id)).Version);
        await SignInAsync("kbeditor");
        await Services.GetRequiredService<ArticleReviews>().ApproveAsync(id, (await history.DetailsAsync(id)).Version);
        return id;
    }

    private async Task PublishAgainAsync(Guid id, string body)
    {
        var authoring = Services.GetRequiredService<ArticleAuthoring>();
        var history = Services.GetRequiredService<ArticleHistory>();
        await SignInAsync("zjj.mgr");
        var article = await history.DetailsAsync(id);
        var working = article.Working!;
        await authoring.SaveAsync(id, article.Version, new ArticleInput { Title = working.Title, Body = body, CategoryId = working.CategoryId, IsPublic = true });
        await authoring.SubmitAsync(id, (await history.DetailsAsync(id)).Version);
        await SignInAsync("kbeditor");
        await Services.GetRequiredService<ArticleReviews>().ApproveAsync(id, (await history.DetailsAsync(id)).Version);
    }

    [Fact]
    public async Task An_agent_votes_on_the_article_page_and_changes_the_vote_and_the_unit_sees_the_counts_only()
    {
        var id = await PublishedAsync("评价页面测试：公租房申请");

        await SignInAsync("agent");
        RenderProviders();
        var page = Render<ArticlePage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.Contains("第 1 版对答复群众有帮助吗", page.Find("[data-testid=article-feedback]").TextContent));
        page.Find("button[data-testid=vote-helpful]").Click();
        page.WaitForAssertion(() => Assert.Equal("true", page.Find("button[data-testid=vote-helpful]").GetAttribute("aria-pressed")));
        Assert.Contains("有用 1", page.Find("button[data-testid=vote-helpful]").TextContent);
        Assert.Contains("您已评价为「有用」", page.Find("[data-testid=vote-mine]").TextContent);

        page.Find("button[data-testid=vote-unhelpful]").Click();
        page.WaitForAssertion(() => Assert.Contains("没用 1", page.Find("button[data-testid=vote-unhelpful]").TextContent));
        Assert.Contains("有用 0", page.Find("button[data-testid=vote-helpful]").TextContent);
        Assert.Equal("false", page.Find("button[data-testid=vote-helpful]").GetAttribute("aria-pressed"));

        // Opened again, the page remembers the vote.
        var again = Render<ArticlePage>(p => p.Add(x => x.Id, id));
        again.WaitForAssertion(() => Assert.Equal("true", again.Find("button[data-testid=vote-unhelpful]").GetAttribute("aria-pressed")));

        await SignInAsync("zjj");
        var unit = Render<ArticlePage>(p => p.Add(x => x.Id, id));
        unit.WaitForAssertion(() => Assert.Equal("第 1 版：有用 0 · 没用 1", unit.Find("[data-testid=vote-tally]").TextContent.Trim()));
        Assert.Empty(unit.FindAll("button[data-testid=vote-helpful]"));
        Assert.Contains("累计浏览", unit.Find("[data-testid=article-usage]").TextContent);
    }

    [Fact]
    public async Task The_editor_reads_the_usage_figures_with_the_most_used_articles_charted()
    {
        var busy = await PublishedAsync("使用统计页面：甲 公积金提取");
        var quiet = await PublishedAsync("使用统计页面：乙 食品经营许可", "C0403", "scjgj");
        var usage = Services.GetRequiredService<UsageCounter>();
        for (var i = 0; i < 4; i++)
            await usage.CountAnswerAsync(busy);
        await usage.CountAnswerAsync(quiet);
        await usage.CountViewAsync(quiet);
        await SignInAsync("agent");
        await Services.GetRequiredService<ArticleVotes>().VoteAsync(busy, helpful: true);

        await SignInAsync("kbeditor");
        RenderProviders();
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        var page = Render<KnowledgeUsagePage>();
        // The demo county's articles are listed too: the keyword keeps this test's two.
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=usage-row]")));
        page.Find("input[data-testid=usage-keyword]").Change("使用统计页面");
        page.Find("button[data-testid=usage-search]").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=usage-row]").Count));
        Assert.Equal(["使用统计页面：甲 公积金提取", "使用统计页面：乙 食品经营许可"], page.FindAll("[data-testid=usage-row]").Select(r => r.GetAttribute("data-title")));
        Assert.Equal(["4", "1"], page.FindAll("[data-testid=usage-uses]").Select(c => c.TextContent.Trim()));
        Assert.Equal(["1", "0"], page.FindAll("[data-testid=usage-helpful]").Select(c => c.TextContent.Trim()));
        Assert.Equal("5", page.Find("[data-testid=usage-total-uses]").TextContent.Trim());
        Assert.Contains("选择期间时按日统计", page.Find("[data-testid=usage-cumulative]").TextContent);
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=usage-chart-item]").Count));
        Assert.Equal("使用统计页面：甲 公积金提取：答复引用 4", page.FindAll("[data-testid=usage-chart-item]")[0].TextContent.Trim());
        Assert.NotEmpty(page.FindAll("[data-testid=usage-chart] svg"));
    }

    [Fact]
    public async Task A_units_open_gap_is_on_its_home_list_and_one_click_opens_it_on_the_units_page_and_another_unit_has_none()
    {
        var id = await PublishedAsync("缺失待办页面：犬只登记");
        await SignInAsync("agent");
        var gap = await Services.GetRequiredService<KnowledgeGaps>().ReportAsync(new GapReport(GapKind.Inaccurate, "登记地点已搬迁", id, null, null, null));

        await SignInAsync("zjj");
        var home = Render<NeedsMeNow>();
        home.WaitForAssertion(() => Assert.Contains(home.FindAll("[data-testid=work-item]"), i => i.TextContent.Contains("登记地点已搬迁")));
        var item = home.FindAll("[data-testid=work-item]").Single(i => i.TextContent.Contains("登记地点已搬迁"));
        Assert.Contains("知识缺失待处理", item.TextContent);
        Assert.Contains("截止", item.QuerySelector("[data-testid=work-item-due]")!.TextContent);
        Assert.Equal($"/knowledge/unit?gap={gap}#gaps", item.QuerySelector("[data-testid=work-item-act]")!.GetAttribute("href"));
        Assert.Contains(home.FindAll("[data-testid=needs-me-now-count]"), c => c.TextContent.Trim() == "知识缺失待处理 1");

        await SignInAsync("scjgj");
        var other = Render<NeedsMeNow>();
        other.WaitForAssertion(() => Assert.NotEmpty(other.FindAll("[data-testid=needs-me-now-empty], [data-testid=work-item]")));
        Assert.DoesNotContain("登记地点已搬迁", other.Markup);

        // The unit's answer is a new version: published here, so the gap closes as the unit answers it.
        Clock.Advance(TimeSpan.FromHours(1));
        await PublishAgainAsync(id, "办理地点已搬迁至政务服务中心二楼。");

        await SignInAsync("zjj");
        RenderProviders();
        // The work item's link, followed: the page reads the gap from the address.
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo(item.QuerySelector("[data-testid=work-item-act]")!.GetAttribute("href")!);
        var unit = Render<UnitArticlesPage>();
        unit.WaitForAssertion(() => Assert.Equal("true", unit.FindAll("[data-testid=gap-row]").Single(r => r.GetAttribute("data-gap-id") == gap.ToString()).GetAttribute("data-focused")));
        unit.Find("textarea[data-testid=gap-fix-note]").Change("更新登记地点");
        unit.Find("button[data-testid=gap-fix-save]").Click();
        unit.WaitForAssertion(() => Assert.NotEmpty(unit.FindAll("[data-testid=gap-focus-gone]")));
        var after = Render<NeedsMeNow>();
        after.WaitForAssertion(() => Assert.NotEmpty(after.FindAll("[data-testid=needs-me-now-empty], [data-testid=work-item]")));
        Assert.DoesNotContain("登记地点已搬迁", after.Markup);
    }
}
