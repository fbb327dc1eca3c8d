using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Intake.Registration;
using Hotline.Knowledge.Authoring;
using Hotline.Knowledge.Review;
using Hotline.Knowledge.Usage;
using Hotline.Knowledge.Versions;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Hotline.Intake.Persistence;
using Hotline.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.ComponentTests.Intake;

/// <summary>The register form's knowledge panel: suggestions for the typed content, and "以此答复" closing the call as 直接答复.</summary>
public sealed class RegisterCaseKnowledgeTests : ComponentTestBase
{
    // The pause in typing is waited out on the test's clock here (the app waits it on the wall clock).
    public RegisterCaseKnowledgeTests() => Services.AddSingleton(new TypingPause(Clock));

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

    private async Task<IRenderedComponent<RegisterCase>> AnswerFromArticleAsync(string phone)
    {
        await PublishAsync("组件测试：不动产登记查询", "不动产登记信息可携带身份证到县不动产登记中心一楼窗口查询，也可在政务服务网查询。");
        await SignInAsync("agent");
        RenderProviders();
        var cut = Render<RegisterCase>();
        cut.WaitForElement("[data-testid=register-save]");
        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).First(c => c.IsLeaf && c.Name.Contains("物业"));
        var area = (await Services.GetRequiredService<IAreaDirectory>().ActiveAreasAsync()).First(a => a.Level == AreaLevel.Township);
        cut.Find("[data-testid=field-phone]").Change(phone);
        cut.Find("[data-testid=field-name]").Change("赵女士");
        cut.Find("[data-testid=field-content]").Input("咨询不动产登记信息在哪里查询");
        await cut.InvokeAsync(() => cut.FindComponent<MudAutocomplete<CategoryInfo>>().Instance.ValueChanged.InvokeAsync(category));
        await cut.InvokeAsync(() => cut.FindComponent<MudAutocomplete<AreaInfo>>().Instance.ValueChanged.InvokeAsync(area));
        AfterTypingRests(cut, "咨询不动产登记信息在哪里查询", category.Id,
            () => Assert.Contains(cut.FindAll("[data-testid=knowledge-suggestion]"), s => s.TextContent.Contains("组件测试：不动产登记查询")));
        cut.FindAll("[data-testid=knowledge-suggestion]").First(s => s.TextContent.Contains("组件测试：不动产登记查询"))
            .QuerySelector("[data-testid=knowledge-answer]")!.Click();
        cut.WaitForAssertion(() => Assert.Contains("保存（直接答复）", cut.Find("[data-testid=register-save]").TextContent));
        return cut;
    }

    private async Task<IReadOnlyList<(string Title, string Body)>> SmsToAsync(string phone)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<IntakeDbContext>>().CreateDbContextAsync();
        return (await db.Notifications.AsNoTracking().Where(n => n.Recipient == phone && n.Channel == NotificationChannel.Sms)
            .Select(n => new { n.Title, n.Body }).ToListAsync()).Select(n => (n.Title, n.Body)).ToList();
    }

    [Fact]
    public async Task A_mobile_caller_gets_the_answer_by_sms_as_the_box_is_ticked_by_default()
    {
        var cut = await AnswerFromArticleAsync("13900000202");
        var box = cut.Find("[data-testid=decision-answer-sms]");
        Assert.True(box.HasAttribute("checked"));
        Assert.False(box.HasAttribute("disabled"));

        cut.Find("[data-testid=register-save]").Click();
        cut.WaitForAssertion(() => Assert.Contains("直接答复", cut.Find("[data-testid=register-result]").TextContent));
        var sms = Assert.Single(await SmsToAsync("13900000202"));
        Assert.Equal("直接答复告知", sms.Title);
        Assert.Contains("不动产登记中心一楼窗口", sms.Body);
    }

    [Fact]
    public async Task Unticked_the_mobile_caller_gets_the_usual_registration_sms()
    {
        var second = await AnswerFromArticleAsync("13900000203");
        second.Find("[data-testid=decision-answer-sms]").Change(false);
        second.WaitForAssertion(() => Assert.False(second.Find("[data-testid=decision-answer-sms]").HasAttribute("checked")));
        second.Find("[data-testid=register-save]").Click();
        second.WaitForAssertion(() => Assert.Contains("直接答复", second.Find("[data-testid=register-result]").TextContent));
        Assert.Equal("诉求登记", Assert.Single(await SmsToAsync("13900000203")).Title);
    }

    [Fact]
    public async Task A_landline_cannot_get_the_answer_by_sms_and_the_box_says_why()
    {
        var cut = await AnswerFromArticleAsync("0371-12345678");
        var box = cut.Find("[data-testid=decision-answer-sms]");
        Assert.False(box.HasAttribute("checked"));
        Assert.True(box.HasAttribute("disabled"));
        Assert.Contains("不是手机号", cut.Find("[data-testid=decision-answer-sms-note]").TextContent);

        // Corrected to a mobile, the box is on again.
        cut.Find("[data-testid=field-phone]").Change("13900000204");
        cut.WaitForAssertion(() => Assert.True(cut.Find("[data-testid=decision-answer-sms]").HasAttribute("checked")));
    }
}
