using Hotline.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Lifecycle;

/// <summary>
/// Scenario 1: a phone complaint about a property company goes the whole way — registration, dispatch with a
/// co-unit, co-opinion, sign-for, contact, extension, reply, a dissatisfied revisit that sends it back for
/// redo, a second reply, a satisfied revisit — and the flow sheet printed at the end shows every step.
/// </summary>
public abstract class PhoneComplaintLoopTests<THost>(THost e2e) : E2EScenario<THost>(e2e) where THost : E2EHost
{
    private const string Lead = "县住房和城乡建设局";
    private const string CoUnit = "县市场监督管理局";

    /// <summary>The next person acts a few minutes later: the flow sheet lists the steps by time.</summary>
    private void Later() => E2E.Clock.Advance(TimeSpan.FromMinutes(3));

    private static void AssertInOrder(string text, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"the flow sheet should show \"{part}\" after the steps before it:\n{text}");
            at = found + part.Length;
        }
    }

    [Fact]
    public async Task A_phone_complaint_goes_through_dispatch_handling_redo_and_revisit_to_closed_with_a_complete_flow_sheet()
    {
        var steps = new Steps(E2E);
        var call = new PhoneCall("13855550101", "王先生", "物业管理", "柳河镇", "柳河镇锦绣家园3号楼",
            "锦绣家园物业公司收取电梯维修基金后一直不维修电梯，电梯停运两周，老人上下楼困难，请督促物业公司尽快维修。");

        var agent = await E2E.SignInAsync("agent");
        var number = "";
        await ScenarioAsync("loop-1-register", agent, async () => number = await steps.RegisterCallAsync(agent, call));

        var dispatcher = await E2E.SignInAsync("dispatcher");
        var caseId = Guid.Empty;
        Later();
        await ScenarioAsync("loop-2-dispatch", dispatcher, async () =>
        {
            caseId = await steps.OpenFromDispatchQueueAsync(dispatcher, number);
            await steps.DispatchBySuggestionAsync(dispatcher, number, Lead, CoUnit);
        });

        var scjgj = await E2E.SignInAsync("scjgj");
        Later();
        await ScenarioAsync("loop-3-co-opinion", scjgj, async () =>
        {
            await steps.OpenFromInboxAsync(scjgj, number, "signfor");
            await Expect(scjgj.Locator("[data-testid=coopinion-unavailable]")).ToContainTextAsync("请先签收");
            await Steps.SignForAsync(scjgj);
            await Expect(scjgj.Locator("[data-testid=coopinion-lead-unit]")).ToContainTextAsync(Lead);
            await Steps.FillCountedAsync(scjgj, "textarea[data-testid=coopinion-text]", "经核查，该小区电梯属特种设备，维保单位资质有效但维保记录缺失，我局将责令限期整改并复检。");
            await scjgj.ClickAsync("[data-testid=coopinion-submit]");
            await Expect(scjgj.Locator("[data-testid=coopinion-own]")).ToContainTextAsync("责令限期整改");
        });

        var zjj = await E2E.SignInAsync("zjj");
        var assignment = "";
        Later();
        await ScenarioAsync("loop-4-sign-contact-extend", zjj, async () =>
        {
            assignment = await steps.OpenFromInboxAsync(zjj, number, "signfor");
            await Steps.SignForAsync(zjj);
            await Expect(zjj.Locator("[data-testid=assignment-status]")).ToContainTextAsync("办理中");
            await Expect(zjj.Locator("[data-testid=coopinion-list]")).ToContainTextAsync("责令限期整改");
            await Steps.RecordContactAsync(zjj, "已电话联系王先生，说明将约谈物业公司。");
            await zjj.FillAsync("textarea[data-testid=extension-reason]", "电梯主板需向厂家订购，到货周期较长。");
            await zjj.FillAsync("textarea[data-testid=extension-measures]", "已约谈物业公司并责令其书面承诺维修期限。");
            await zjj.ClickAsync("[data-testid=extension-submit]");
            await Expect(zjj.Locator("[data-testid=extension-status]")).ToContainTextAsync("待审批");
        });

        Later();
        await ScenarioAsync("loop-5-approve-extension", dispatcher, async () =>
        {
            await E2E.GotoAsync(dispatcher, "/handling/extensions");
            var row = dispatcher.Locator("[data-testid=extensions-table] tbody tr", new() { HasTextString = number });
            await row.Locator("[data-testid=extension-row-status]").ClickAsync();
            await Expect(dispatcher.Locator("[data-testid=extension-detail]")).ToContainTextAsync("电梯主板需向厂家订购");
            await dispatcher.ClickAsync("[data-testid=extension-approve]");
            await Steps.ExpectSnackbarAsync(dispatcher, $"工单 {number} 的延期申请已批准");
        });

        Later();
        await ScenarioAsync("loop-6-reply", zjj, async () =>
        {
            await E2E.GotoAsync(zjj, assignment);
            await Expect(zjj.Locator("[data-testid=extension-status]")).ToContainTextAsync("批准");
            await Steps.ReplyAsync(zjj, "已解决", "经约谈，物业公司已订购电梯主板，承诺12月10日前完成维修，我局将跟踪督促。");
        });

        Later();
        await ScenarioAsync("loop-7-dissatisfied", agent, async () =>
        {
            await steps.OpenRevisitAsync(agent, number);
            await Steps.RecordRevisitAsync(agent, resolved: false, "Satisfied", "Dissatisfied", "电梯到现在还没修好，只是承诺。");
            await Expect(agent.Locator("[data-testid=follow-up-form]")).ToBeVisibleAsync();
            await agent.ClickAsync("[data-testid=follow-up-cause]");
            await E2EHost.PickOptionAsync(agent, "办理问题");
            await agent.FillAsync("textarea[data-testid=follow-up-why]", "承办单位只转述物业承诺，电梯仍未修复。");
            await agent.FillAsync("textarea[data-testid=follow-up-instructions]", "请督促物业公司实际修复电梯后再答复，并附维修记录。");
            await agent.ClickAsync("[data-testid=follow-up-save]");
            await Expect(agent.Locator("[data-testid=revisit-no-action]")).ToContainTextAsync("已发回重办");
        });

        Later();
        await ScenarioAsync("loop-8-redo", zjj, async () =>
        {
            await steps.OpenFromInboxAsync(zjj, number, "redo");
            await Expect(zjj.Locator("[data-testid=reply-redo]")).ToContainTextAsync("请督促物业公司实际修复电梯");
            await Expect(zjj.Locator("[data-testid=sign-for]")).ToHaveTextAsync("签收重办");
            await Steps.SignForAsync(zjj);
            await Steps.ReplyAsync(zjj, "已解决", "电梯主板已于12月3日更换完毕，经特种设备检验合格后恢复运行，维修记录已存档。");
            await Expect(zjj.Locator("[data-testid=reply-card]")).ToHaveCountAsync(2);
        });

        Later();
        await ScenarioAsync("loop-9-satisfied", agent, async () =>
        {
            await steps.OpenRevisitAsync(agent, number);
            await Steps.RecordRevisitAsync(agent, resolved: true, "Satisfied", "Satisfied", "电梯已经修好了，谢谢。");
            await Expect(agent.Locator("[data-testid=revisit-state]")).ToContainTextAsync("已办结");
        });

        Later();
        await ScenarioAsync("loop-10-closed-and-flow-sheet", agent, async () =>
        {
            await steps.ExpectCaseStatusAsync(agent, caseId, "已办结");
            var (fileName, pdf) = await Downloads.DownloadAsync(agent, agent.Locator("[data-testid=flow-sheet-download]"));
            Assert.EndsWith(".pdf", fileName);
            var text = Downloads.PdfText(pdf);
            foreach (var expected in new[] { number, "王先生", "138****0101", "物业管理", "柳河镇", "当前状态已办结", Lead, CoUnit })
                Assert.Contains(expected, text);
            // Every step is on the sheet ...
            foreach (var step in new[] { "登记：电话登记", "派单：主办：县住房和城乡建设局；协办：县市场监督管理局", "提交协办意见：经核查",
                "首次联系诉求人（电话，已联系上）", "申请延期：理由：电梯主板需向厂家订购", "批准延期", "答复：已解决：经约谈", "电话回访：评价：首次回访",
                "不满意回访：原因分类：办理问题", "重办下达：第1次重办", "签收重办", "重办答复：已解决：电梯主板已于12月3日更换完毕", "第1次重办后回访", "办结：满意办结" })
                Assert.Contains(step, text);
            // ... by the people's names, never their logins (#18.7) ...
            foreach (var person in new[] { "孙磊", "赵强", "小陈" })
                Assert.Contains(person, text);
            foreach (var login in new[] { "scjgj", "zjj", "dispatcher" })
                Assert.DoesNotContain(login, text);
            // ... in the order the people acted, a few minutes apart (steps one person took at the same minute may be listed in any order).
            AssertInOrder(text, "登记：电话登记", "派单：主办", "提交协办意见", "申请延期", "批准延期", "答复：已解决：经约谈", "不满意回访：原因分类",
                "重办答复：已解决：电梯主板", "第1次重办后回访");
        });

        // The flow record on the case page has one entry per action: Intake's mirrors of the others' steps stay out.
        await ScenarioAsync("loop-10b-flow-record", agent, async () =>
        {
            var entries = agent.Locator("[data-testid=timeline-entry]");
            await Expect(entries.Filter(new() { HasTextString = "】办结" })).ToHaveCountAsync(1);
            await Expect(entries.Filter(new() { HasTextString = "】发回重办" })).ToHaveCountAsync(1);
            await Expect(entries.Filter(new() { HasTextString = "】签收" })).ToHaveCountAsync(3); // co-unit, lead, the redo
            await Expect(agent.Locator("[data-testid=case-timeline]")).Not.ToContainTextAsync("zjj");
        });

        // The closed case has left the unit's work tabs but stays in its history (#18.12).
        var history = await E2E.SignInAsync("zjj");
        await ScenarioAsync("loop-11-unit-history", history, async () =>
        {
            await E2E.GotoAsync(history, "/unit/inbox?tab=closed");
            await history.FillAsync("input[data-testid=inbox-search]", number[^6..]);
            await history.ClickAsync("[data-testid=inbox-search-go]");
            await Expect(history.Locator("[data-testid=inbox-table] tbody tr", new() { HasTextString = number })).ToBeVisibleAsync();
            await Expect(history.Locator("[data-testid=inbox-table] tbody tr")).ToHaveCountAsync(1);
        });
    }
}

public sealed class SqlitePhoneComplaintLoopTests(E2EApp e2e) : PhoneComplaintLoopTests<E2EApp>(e2e), IClassFixture<E2EApp>;

public sealed class MariaDbPhoneComplaintLoopTests(MariaDbE2EApp e2e) : PhoneComplaintLoopTests<MariaDbE2EApp>(e2e), IClassFixture<MariaDbE2EApp>;
