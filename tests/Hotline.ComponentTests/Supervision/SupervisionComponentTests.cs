using Bunit;
using Hotline.ComponentTests.Handling;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Platform.Organization;
using Hotline.Supervision.Contracts;
using Hotline.Supervision.Graded;
using Hotline.Supervision.Workbench;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Supervision;

/// <summary>The Supervisor's workbench and the unit's response form, on a real database.</summary>
public sealed class SupervisionComponentTests : ComponentTestBase
{
    private async Task<(Guid CaseId, Guid SupervisionId)> NoticeOnZjjAsync()
    {
        await SignInAsync("agent");
        var (caseId, _) = await HandlingComponentData.DispatchToZjjAsync(Services, Clock.GetUtcNow().UtcDateTime.AddHours(-1), "小区电梯停运多日无人维修");
        await SignInAsync("supervisor");
        var zjj = (await Services.GetRequiredService<IUnitDirectory>().FindByCodeAsync("ZJJ"))!.Id;
        var id = await Services.GetRequiredService<SupervisorDesk>().IssueAsync(new ManualSupervision(caseId, zjj, SupervisionLevel.Notice,
            "诉求人多次反映电梯停运未修复。", "请三个工作日内修复并书面回复。"));
        return (caseId, id);
    }

    [Fact]
    public async Task The_workbench_counts_the_written_notice_and_lists_it_with_its_number()
    {
        await NoticeOnZjjAsync();
        var page = Render<SupervisionWorkbench>();
        page.WaitForAssertion(() => Assert.Equal("1", page.Find("[data-testid=count-notices]").TextContent.Trim()));
        page.WaitForAssertion(() => Assert.Matches(@"督〔2026〕第\d+号", page.Find("[data-testid=notice-number]").TextContent));
        Assert.Contains("书面督办", page.Find("[data-testid=supervision-item]").ParentElement!.TextContent);
        Assert.NotNull(page.Find("[data-testid=notices-today]"));
    }

    [Fact]
    public async Task The_unit_responds_in_the_form_and_the_Supervisor_accepts()
    {
        var (_, id) = await NoticeOnZjjAsync();
        await SignInAsync("zjj");
        var unitPage = Render<SupervisionDetailPage>(p => p.Add(x => x.Id, id));
        unitPage.WaitForAssertion(() => unitPage.Find("[data-testid=response-form]"));
        Assert.Empty(unitPage.FindAll("[data-testid=decision-form]"));
        unitPage.Find("[data-testid=response-submit]").Click();
        unitPage.WaitForAssertion(() => Assert.Contains("请填写回复内容", unitPage.Find("[data-testid=supervision-error]").TextContent));
        unitPage.Find("textarea[data-testid=response-text], [data-testid=response-text] textarea").Input("已组织维保单位更换主板，电梯已恢复运行。");
        unitPage.Find("[data-testid=response-submit]").Click();
        unitPage.WaitForAssertion(() => Assert.Equal("待审核", unitPage.Find("[data-testid=detail-status]").TextContent.Trim()));

        await SignInAsync("supervisor");
        var centerPage = Render<SupervisionDetailPage>(p => p.Add(x => x.Id, id));
        centerPage.WaitForAssertion(() => centerPage.Find("[data-testid=decision-accept]"));
        Assert.Contains("已组织维保单位更换主板", centerPage.Find("[data-testid=detail-response]").TextContent);
        centerPage.Find("[data-testid=decision-accept]").Click();
        centerPage.WaitForAssertion(() => Assert.Equal("已办结", centerPage.Find("[data-testid=detail-status]").TextContent.Trim()));

        // Closed, it leaves the workbench's open list and stays in the history.
        var workbench = Render<SupervisionWorkbench>();
        workbench.WaitForAssertion(() => Assert.Contains("没有督办件", workbench.Find("[data-testid=supervision-list]").TextContent));
        workbench.Find("input[data-testid=filter-history], [data-testid=filter-history] input").Change(true);
        workbench.WaitForAssertion(() => Assert.Contains("已办结", workbench.Find("[data-testid=supervision-item]").ParentElement!.TextContent));

        // Another unit is told the supervision is not theirs.
        await SignInAsync("scjgj");
        var other = Render<SupervisionDetailPage>(p => p.Add(x => x.Id, id));
        other.WaitForAssertion(() => other.Find("[data-testid=supervision-missing]"));
    }
}
