using Hotline.E2E.Infrastructure;
using Hotline.Intake.Decisions;
using Hotline.Intake.Registration;
using Hotline.Intake.Contracts;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Dispatch;

/// <summary>
/// Issue 4 in the browser: the dispatcher sends a 物业管理 complaint to 住建局 (zjj) with 市场监管局 (scjgj) as
/// co-unit from the routing-rule suggestion; zjj applies to return it, the dispatcher refuses, and zjj finds
/// the case back in its inbox to go on handling.
/// </summary>
public abstract class DispatchReturnTests<THost>(THost e2e) : E2EScenario<THost>(e2e) where THost : E2EHost
{
    /// <summary>An accepted complaint waiting in the dispatch queue, registered the way the agent's form does.</summary>
    private async Task<(Guid CaseId, string Number)> AcceptedComplaintAsync()
    {
        var result = await E2E.App.AsUserAsync("agent", async sp =>
        {
            var category = (await sp.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).First(c => c.IsLeaf && c.Name.Contains("物业"));
            var area = (await sp.GetRequiredService<IAreaDirectory>().ActiveAreasAsync()).First(a => a.Level == AreaLevel.Township);
            return await sp.GetRequiredService<CaseRegistration>().RegisterAsync(new RegistrationInput
            {
                Channel = Channel.Phone,
                RequestType = RequestTypeCode.Complaint,
                CategoryId = category.Id,
                AreaId = area.Id,
                Address = "锦绣花园2号楼",
                Content = "锦绣花园物业公司长期不清运垃圾，楼道堆满杂物，多次找物业无果，请求督促整改。",
                CallerName = "赵女士",
                CallerPhone = "13966" + Random.Shared.Next(100000, 999999),
                SubmissionKey = Guid.NewGuid(),
            }, new IntakeDecision.Accept());
        });
        return (result.CaseId, result.CaseNumber);
    }

    [Fact]
    public async Task The_dispatcher_dispatches_zjj_applies_a_return_the_dispatcher_refuses_and_zjj_continues()
    {
        var (caseId, number) = await AcceptedComplaintAsync();

        var dispatcher = await E2E.SignInAsync("dispatcher");
        await ScenarioAsync("dispatch-to-zjj", dispatcher, async () =>
        {
            await E2E.GotoAsync(dispatcher, "/dispatch");
            await dispatcher.Locator($"[data-testid=queue-row][data-case-number='{number}']").ClickAsync(new() { Timeout = 30_000 });
            await E2EApp.ExpectPathAsync(dispatcher, new System.Text.RegularExpressions.Regex($"/dispatch/{caseId}$"));
            await E2EApp.WaitInteractiveAsync(dispatcher);
            var rule = dispatcher.Locator("[data-testid=suggestion][data-source=RoutingRule]");
            await Expect(rule.Locator("[data-testid=suggestion-reason]")).Not.ToBeEmptyAsync();
            await rule.Locator("[data-testid=suggestion-apply]").ClickAsync();
            await Expect(dispatcher.Locator("input[data-testid=dispatch-lead]")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("住房和城乡建设局"));
            await Expect(dispatcher.Locator("[data-testid=dispatch-co-chip]")).ToContainTextAsync("市场监督管理局");
            await Expect(dispatcher.Locator("[data-testid=preview-completion]")).Not.ToBeEmptyAsync();
            await dispatcher.ClickAsync("[data-testid=dispatch-confirm]");
            await E2EApp.ExpectPathAsync(dispatcher, new System.Text.RegularExpressions.Regex("/dispatch$"));
            await Expect(dispatcher.Locator($"[data-testid=queue-row][data-case-number='{number}']")).ToHaveCountAsync(0);
            await ShowsAfterReloadAsync(dispatcher, $"/cases/{caseId}", "[data-testid=case-status]", "已派单");
            await Expect(dispatcher.Locator("[data-testid=assignments-table]")).ToContainTextAsync("市场监督管理局");
        });

        var zjj = await E2E.SignInAsync("zjj");
        await ScenarioAsync("zjj-applies-return", zjj, async () =>
        {
            await E2E.GotoAsync(zjj, $"/cases/{caseId}");
            var mine = zjj.Locator("[data-testid=panel-assignment]").Filter(new() { HasText = "住房和城乡建设局" });
            await mine.Locator("[data-testid=return-apply-open]").ClickAsync();
            await mine.Locator("[data-testid=return-reason]").ClickAsync();
            await E2EApp.PickOptionAsync(zjj, "非本单位职责");
            await mine.Locator("textarea[data-testid=return-basis]").FillAsync("物业服务收费与垃圾清运属于物业服务合同纠纷，应由街道物业办协调处理。");
            await mine.Locator("[data-testid=return-apply-submit]").ClickAsync();
            await Expect(mine.Locator("[data-testid=panel-return-status]")).ToHaveTextAsync("待审核");
        });

        await ScenarioAsync("dispatcher-refuses", dispatcher, async () =>
        {
            await E2E.GotoAsync(dispatcher, "/dispatch/returns");
            var row = dispatcher.Locator("tr", new() { Has = dispatcher.Locator($"[data-testid=return-row][data-case='{number}']") });
            await row.Locator("[data-testid=return-refuse]").ClickAsync(new() { Timeout = 30_000 });
            await dispatcher.Locator("textarea[data-testid=reason-dialog-text]").FillAsync("垃圾清运涉及住建部门对物业企业的监管职责，请继续办理。");
            await dispatcher.ClickAsync("[data-testid=reason-dialog-confirm]");
            await Expect(row).ToHaveCountAsync(0);
        });

        await ScenarioAsync("zjj-continues", zjj, async () =>
        {
            await E2E.GotoAsync(zjj, $"/cases/{caseId}");
            var mine = zjj.Locator("[data-testid=panel-assignment]").Filter(new() { HasText = "住房和城乡建设局" });
            await Expect(mine.Locator("[data-testid=panel-return-status]")).ToHaveTextAsync("已驳回");
            await Expect(mine.Locator("[data-testid=panel-assignment-status]")).ToHaveTextAsync("办理中");
            await E2E.GotoAsync(zjj, "/unit/inbox?tab=signfor");
            await Expect(zjj.Locator("[data-testid=inbox-table]")).ToContainTextAsync(number);
        });
    }

    /// <summary>The case page shows the state when it was opened; other modules learn of a dispatch a moment later through the outbox.</summary>
    private async Task ShowsAfterReloadAsync(IPage page, string path, string selector, string text)
    {
        for (var attempt = 0; ; attempt++)
        {
            await E2E.GotoAsync(page, path);
            if (await page.Locator(selector).InnerTextAsync() == text || attempt == 20)
                break;
            await Task.Delay(250);
        }
        await Expect(page.Locator(selector)).ToHaveTextAsync(text);
    }
}

public sealed class SqliteDispatchReturnTests(E2EApp e2e) : DispatchReturnTests<E2EApp>(e2e), IClassFixture<E2EApp>;

public sealed class MariaDbDispatchReturnTests(MariaDbE2EApp e2e) : DispatchReturnTests<MariaDbE2EApp>(e2e), IClassFixture<MariaDbE2EApp>;
