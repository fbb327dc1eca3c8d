using Hotline.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Knowledge;

/// <summary>
/// Issue #14 end to end: the unit drafts, its manager submits, the editor publishes; the agent gets it beside the
/// registration form, rates it and answers the call from it; the public finds it; an agent reports a gap, the unit
/// answers it from its home page's 待我处理 with a new version that the editor publishes; before that, the editor sees the
/// use and the rating on 知识使用统计 (votes count for the live version).
/// </summary>
public sealed class KnowledgeJourneyTests(E2EApp e2e) : E2ETest(e2e)
{
    private const string Title = "电动车楼道充电的劝阻和举报";

    [Fact]
    public async Task An_article_goes_from_the_units_draft_to_the_agents_answer_and_the_public_and_a_reported_gap_is_answered()
    {
        var handler = await E2E.SignInAsync("zjj");
        var articleUrl = "";
        await ScenarioAsync("knowledge-1-draft", handler, async () =>
        {
            await E2E.GotoAsync(handler, "/knowledge/edit/new");
            await handler.FillAsync("input[data-testid=editor-title]", Title);
            await handler.ClickAsync("[data-testid=editor-category]");
            await E2EApp.PickOptionAsync(handler, "城乡建设 / 物业管理");
            await handler.FillAsync("input[data-testid=editor-keywords]", "电动车 充电 楼道 飞线充电");
            await handler.Locator("input[data-testid=editor-public], [data-testid=editor-public] input").First.CheckAsync();
            await handler.FillAsync("textarea[data-testid=editor-body]",
                "在楼道、楼梯间或室内给电动自行车充电存在火灾隐患，物业服务企业应当劝阻；劝阻无效的，可向社区或消防救援大队举报。");
            await handler.ClickAsync("[data-testid=editor-save]");
            await Expect(handler.Locator("[data-testid=article-title]")).ToHaveTextAsync(Title);
            articleUrl = new Uri(handler.Url).AbsolutePath;
        });

        var manager = await E2E.SignInAsync("zjj.mgr");
        await ScenarioAsync("knowledge-2-submit", manager, async () =>
        {
            await E2E.GotoAsync(manager, articleUrl);
            await manager.ClickAsync("[data-testid=article-submit]");
            await Expect(manager.Locator("[data-testid=article-submit]")).ToHaveCountAsync(0);
        });

        var editor = await E2E.SignInAsync("kbeditor");
        await ScenarioAsync("knowledge-3-publish", editor, async () =>
        {
            await E2E.GotoAsync(editor, articleUrl);
            await editor.ClickAsync("[data-testid=article-start-review]");
            await editor.ClickAsync("[data-testid=article-approve]");
            await Expect(editor.Locator("[data-testid=article-status]")).ToHaveTextAsync("已发布");
        });

        var agent = await E2E.SignInAsync("agent");
        await ScenarioAsync("knowledge-4-answer", agent, async () =>
        {
            await E2E.GotoAsync(agent, "/intake/register");
            await agent.Locator("[data-testid=shortcuts-ready]").WaitForAsync();
            await agent.FillAsync("input[data-testid=field-phone]", "13700661234");
            await agent.Keyboard.PressAsync("Alt+2");
            await agent.FillAsync("input[data-testid=field-name]", "周女士");
            await agent.FillAsync("input[data-testid=field-category]", "物业管理");
            await E2EHost.PickOptionAsync(agent, "物业管理");
            await agent.FillAsync("input[data-testid=field-area]", "东城街道");
            await E2EHost.PickOptionAsync(agent, "东城街道");
            await agent.FillAsync("input[data-testid=field-address]", "东城街道春晖小区5栋");
            await agent.FillAsync("textarea[data-testid=field-content]", "楼道里有人给电动车充电，想问问谁来管");
            var suggestion = agent.Locator("[data-testid=knowledge-suggestion]", new() { HasText = Title });
            await Expect(suggestion).ToBeVisibleAsync(new() { Timeout = 15_000 });
            // 有用 from the panel: recorded on the live version, the form stays as it is.
            await suggestion.Locator("[data-testid=knowledge-vote-helpful]").ClickAsync();
            await Expect(suggestion.Locator("[data-testid=knowledge-vote-helpful]")).ToHaveAttributeAsync("aria-pressed", "true");
            await suggestion.Locator("[data-testid=knowledge-answer]").ClickAsync();
            // The answer is read from Knowledge before the decision switches: saving sooner would register it as accepted.
            await Expect(agent.Locator("[data-testid=register-save]")).ToContainTextAsync("直接答复");
            await agent.ClickAsync("[data-testid=register-save]");
            await Expect(agent.Locator("[data-testid=register-result]")).ToContainTextAsync("直接答复");
        });

        var visitor = await E2E.Browser.NewPageAsync();
        await ScenarioAsync("knowledge-5-public", visitor, async () =>
        {
            await visitor.GotoAsync($"{E2E.BaseAddress}/public/knowledge?q={Uri.EscapeDataString("电动车充电")}");
            await Expect(visitor.Locator("[data-testid=public-knowledge-hit]", new() { HasText = Title })).ToBeVisibleAsync();
        });

        await ScenarioAsync("knowledge-6-gap", agent, async () =>
        {
            await E2E.GotoAsync(agent, articleUrl);
            await agent.ClickAsync("[data-testid=gap-report-open]");
            await agent.FillAsync("textarea[data-testid=gap-description]", "缺少电动车集中充电设施的建设要求");
            await agent.ClickAsync("[data-testid=gap-report-save]");
            await Expect(agent.Locator("[data-testid=gap-report-form]")).ToHaveCountAsync(0);
        });

        await ScenarioAsync("knowledge-7-usage", editor, async () =>
        {
            await E2E.GotoAsync(editor, "/knowledge/usage");
            await editor.FillAsync("input[data-testid=usage-keyword]", Title);
            await editor.ClickAsync("[data-testid=usage-search]");
            var row = editor.Locator("tr", new() { Has = editor.Locator($"[data-testid=usage-row][data-title='{Title}']") });
            await Expect(row.Locator("[data-testid=usage-uses]")).ToHaveTextAsync("1");
            await Expect(row.Locator("[data-testid=usage-helpful]")).ToHaveTextAsync("1");
            await Expect(editor.Locator("[data-testid=usage-chart-item]", new() { HasText = Title })).ToContainTextAsync("答复引用 1");
        });

        await ScenarioAsync("knowledge-8-fix", handler, async () =>
        {
            // From the home page's 待我处理: one click opens the gap on the unit's page, which leads to the article's editor.
            await E2E.GotoAsync(handler, "/");
            var item = handler.Locator("[data-testid=work-item]", new() { HasText = "集中充电设施" });
            await Expect(item).ToContainTextAsync("知识缺失待处理");
            await item.Locator("[data-testid=work-item-act]").ClickAsync();
            await Expect(handler.Locator("[data-testid=gap-row][data-focused=true]")).ToContainTextAsync("知识");
            await handler.ClickAsync("[data-testid=gap-fix-edit]");
            var body = handler.Locator("textarea[data-testid=editor-body]");
            await Expect(body).Not.ToBeEmptyAsync();
            await body.FillAsync(await body.InputValueAsync() + "新建住宅小区应当按规定配建电动自行车集中充电设施。");
            await handler.ClickAsync("[data-testid=editor-save]");
            await Expect(handler.Locator(".mud-snackbar", new() { HasText = "已保存" })).ToBeVisibleAsync();
        });

        await ScenarioAsync("knowledge-9-submit-fix", manager, async () =>
        {
            // The manager submits the new version and answers the gap with it; publishing it closes the gap.
            await E2E.GotoAsync(manager, articleUrl);
            await manager.ClickAsync("[data-testid=article-submit]");
            await Expect(manager.Locator("[data-testid=article-submit]")).ToHaveCountAsync(0);
            await E2E.GotoAsync(manager, "/knowledge/unit#gaps");
            var row = manager.Locator("[data-testid=gaps-table] tr", new() { HasText = "集中充电设施" });
            await row.Locator("[data-testid=gap-fix]").ClickAsync();
            await manager.FillAsync("textarea[data-testid=gap-fix-note]", "已补充集中充电设施的建设要求");
            await manager.ClickAsync("[data-testid=gap-fix-save]");
            await Expect(row.Locator("[data-testid=gap-awaiting]")).ToBeVisibleAsync();
        });

        await ScenarioAsync("knowledge-10-publish-fix", editor, async () =>
        {
            await E2E.GotoAsync(editor, articleUrl);
            await editor.ClickAsync("[data-testid=article-start-review]");
            await editor.ClickAsync("[data-testid=article-approve]");
            await Expect(editor.Locator("[data-testid=article-status]")).ToHaveTextAsync("已发布");
            await E2E.GotoAsync(editor, "/knowledge/gaps");
            await Expect(editor.Locator("[data-testid=gaps-table] tr", new() { HasText = "集中充电设施" })).ToHaveCountAsync(0);
        });
    }

    /// <summary>
    /// A pasted body twice the limit reaches the server (it is larger than SignalR's default 32 KB message) and is
    /// refused with the limit message; the page stays usable.
    /// </summary>
    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_the_limit_message_and_the_page_stays_connected()
    {
        var handler = await E2E.SignInAsync("zjj");
        await ScenarioAsync("knowledge-long-body", handler, async () =>
        {
            await E2E.GotoAsync(handler, "/knowledge/edit/new");
            await handler.FillAsync("input[data-testid=editor-title]", "超长正文的知识条目");
            await handler.ClickAsync("[data-testid=editor-category]");
            await E2EApp.PickOptionAsync(handler, "城乡建设 / 物业管理");
            await handler.FillAsync("textarea[data-testid=editor-body]", new string('很', 200_000));
            await handler.ClickAsync("[data-testid=editor-save]");
            await Expect(handler.Locator("[data-testid=editor-error]")).ToContainTextAsync("正文过长（200,000 个字符）");

            await handler.FillAsync("textarea[data-testid=editor-body]", "物业服务企业应当公示收费项目和标准。");
            await handler.ClickAsync("[data-testid=editor-save]");
            await Expect(handler.Locator("[data-testid=article-title]")).ToHaveTextAsync("超长正文的知识条目");
        });
    }
}
