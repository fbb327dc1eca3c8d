using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Intake.Registration;
using Hotline.Knowledge.Authoring;
using Hotline.Knowledge.Review;
using Hotline.Knowledge.Usage;
using Hotline.Knowledge.Versions;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.ComponentTests.Intake;

/// <summary>The register form's knowledge panel: suggestions for the typed content, and "以此答复" closing the call as 直接答复.</summary>
public sealed class RegisterCaseKnowledgeTests : ComponentTestBase
{
    private async Task<Guid> PublishAsync(string title, string body)
    {
        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).Single(c => c.Code == "C0101");
        await SignInAsync("zjj");
        var authoring = Services.GetRequiredService<ArticleAuthoring>();
        var history = Services.GetRequiredService<ArticleHistory>();
        var id = await authoring.DraftAsync(new ArticleInput { Title = title, Body = body, CategoryId = category.Id, IsPublic = true });
        await SignInAsync("zjj.mgr");
        await authoring.SubmitAsync(id, (await history.DetailsAsync(id)).Version);
        await SignInAsync("kbeditor");
        await Services.GetRequiredService<ArticleReviews>().ApproveAsync(id, (await history.DetailsAsync(id)).Version);
        return id;
    }

    /// <summary>
    /// The suggestions wait for the typing to rest (<see cref="KnowledgeSuggestionsPanel.Debounce"/>) on the test's clock.
    /// Once the panel holds the last text, the clock moves past the wait until the suggestions show: the panel may start
    /// its wait a moment after it takes the text, and a move before that start would pass unseen.
    /// </summary>
    private void AfterTypingRests(IRenderedComponent<RegisterCase> cut, string content, Guid? categoryId, Action assertion)
    {
        cut.WaitForAssertion(() =>
        {
            var panel = cut.FindComponent<KnowledgeSuggestionsPanel>().Instance;
            Assert.Equal(content, panel.Content);
            Assert.Equal(categoryId, panel.CategoryId);
        });
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            Clock.Advance(KnowledgeSuggestionsPanel.Debounce);
            try
            {
                cut.WaitForAssertion(assertion, TimeSpan.FromMilliseconds(500));
                return;
            }
            catch (Bunit.Extensions.WaitForHelpers.WaitForFailedException) when (waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                // Not yet: the wait had not started, or the first search is still building the index.
            }
        }
    }

    [Fact]
    public async Task Suggestions_follow_the_content_and_answering_from_one_closes_the_call_citing_it()
    {
        var id = await PublishAsync("组件测试：住房公积金提取办理材料", "提取住房公积金须携带身份证、银行卡和购房合同到县公积金中心办理。");
        await SignInAsync("agent");
        RenderProviders();
        var cut = Render<RegisterCase>();
        cut.WaitForElement("[data-testid=register-save]");
        Assert.NotEmpty(cut.FindAll("[data-testid=knowledge-suggestions-empty]"));

        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).First(c => c.IsLeaf && c.Name.Contains("物业"));
        var area = (await Services.GetRequiredService<IAreaDirectory>().ActiveAreasAsync()).First(a => a.Level == AreaLevel.Township);
        cut.Find("[data-testid=field-phone]").Change("13900000201");
        cut.Find("[data-testid=field-name]").Change("王先生");
        cut.Find("[data-testid=field-content]").Input("咨询住房公积金提取需要带什么材料");
        await cut.InvokeAsync(() => cut.FindComponent<MudAutocomplete<CategoryInfo>>().Instance.ValueChanged.InvokeAsync(category));
        await cut.InvokeAsync(() => cut.FindComponent<MudAutocomplete<AreaInfo>>().Instance.ValueChanged.InvokeAsync(area));
        AfterTypingRests(cut, "咨询住房公积金提取需要带什么材料", category.Id,
            () => Assert.Contains("组件测试：住房公积金提取办理材料", cut.Find("[data-testid=knowledge-suggestion]").TextContent));
        cut.Find("[data-testid=knowledge-answer]").Click();
        cut.WaitForAssertion(() => Assert.Contains("保存（直接答复）", cut.Find("[data-testid=register-save]").TextContent));
        var answer = cut.Find("[data-testid=decision-answer-text]");
        Assert.Contains("购房合同", answer.GetAttribute("value") ?? answer.TextContent);

        cut.Find("[data-testid=register-save]").Click();
        cut.WaitForAssertion(() => Assert.Contains("直接答复", cut.Find("[data-testid=register-result]").TextContent));
        Assert.Equal(1, (await Services.GetRequiredService<UsageCounter>().OfAsync(id)).AnswerUses);
    }

    [Fact]
    public async Task The_agent_rates_a_suggestion_helpful_then_not_and_one_vote_is_kept()
    {
        var id = await PublishAsync("组件测试：犬只登记办理地点", "养犬人应当携带犬只到县公安局治安大队办理犬只登记，登记免费。");
        await SignInAsync("agent");
        RenderProviders();
        var cut = Render<RegisterCase>();
        cut.WaitForElement("[data-testid=register-save]");
        cut.Find("[data-testid=field-content]").Input("犬只登记在哪里办理");
        AfterTypingRests(cut, "犬只登记在哪里办理", null,
            () => Assert.Contains(cut.FindAll("[data-testid=knowledge-suggestion]"), s => s.TextContent.Contains("组件测试：犬只登记办理地点")));
        AngleSharp.Dom.IElement Suggestion() => cut.FindAll("[data-testid=knowledge-suggestion]").First(s => s.TextContent.Contains("组件测试：犬只登记办理地点"));
        Assert.Equal("false", Suggestion().QuerySelector("[data-testid=knowledge-vote-helpful]")!.GetAttribute("aria-pressed"));

        Suggestion().QuerySelector("[data-testid=knowledge-vote-helpful]")!.Click();
        cut.WaitForAssertion(() => Assert.Equal("true", Suggestion().QuerySelector("[data-testid=knowledge-vote-helpful]")!.GetAttribute("aria-pressed")));
        Suggestion().QuerySelector("[data-testid=knowledge-vote-unhelpful]")!.Click();
        cut.WaitForAssertion(() => Assert.Equal("true", Suggestion().QuerySelector("[data-testid=knowledge-vote-unhelpful]")!.GetAttribute("aria-pressed")));
        Assert.Equal("false", Suggestion().QuerySelector("[data-testid=knowledge-vote-helpful]")!.GetAttribute("aria-pressed"));

        var state = await Services.GetRequiredService<ArticleVotes>().StateAsync(id);
        Assert.Equal((0, 1, (bool?)false), (state.Helpful, state.NotHelpful, state.Mine));
        // The form was not submitted by the vote buttons.
        Assert.Contains("保存", cut.Find("[data-testid=register-save]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=register-result]"));
    }
}
