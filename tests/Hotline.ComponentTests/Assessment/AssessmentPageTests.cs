using Bunit;
using Hotline.ComponentTests.Handling;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Assessment.Sheets.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Assessment;

/// <summary>
/// The assessor's figures page: rates with their counts, "—" where nothing was counted, definitions, adjustments, the lock and the
/// drill-down; the unit manager's page: its own figures, each drilling into its own cases.
/// </summary>
public sealed class AssessmentPageTests : ComponentTestBase
{
    public AssessmentPageTests()
    {
        // The page counts in the interactive render only, as on a live circuit.
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<AssessmentPage> RenderNovember()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/assessment?period=M2026-11");
        return Render<AssessmentPage>();
    }

    [Fact]
    public async Task A_period_in_the_address_that_cannot_be_read_is_named_and_last_month_is_shown()
    {
        await SignInAsync("assessor");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/assessment?period=M2026-13");
        var page = Render<AssessmentPage>();

        page.WaitForAssertion(() => Assert.Equal("2026年10月", page.Find("[data-testid=assessment-period]").TextContent.Trim()));
        Assert.Contains("无法识别考核期间“M2026-13”", page.Find("[data-testid=assessment-error]").TextContent);
    }

    [Fact]
    public async Task A_unit_with_cases_shows_its_rates_and_counts_and_a_unit_without_cases_shows_dashes()
    {
        await SignInAsync("agent");
        await HandlingComponentData.DispatchToZjjAsync(Services, Clock.GetUtcNow().UtcDateTime.AddHours(-1), "小区电梯停运多日无人维修");
        await SignInAsync("assessor");
        var page = RenderNovember();

        page.WaitForAssertion(() => Assert.Equal("2026年11月", page.Find("[data-testid=assessment-period]").TextContent.Trim()));
        var zjj = page.Find("[data-testid=assessment-row][data-unit=县住房和城乡建设局]");
        var signFor = zjj.QuerySelector("[data-kind=SignForOnTime]")!.TextContent;
        Assert.Contains("0.0%", signFor);
        Assert.Contains("0/1", signFor);
        Assert.Contains("—", zjj.QuerySelector("[data-kind=Satisfaction]")!.TextContent);
        Assert.Equal("—", zjj.QuerySelector("[data-testid=assessment-score]")!.TextContent.Trim());

        var idle = page.FindAll("[data-testid=assessment-row]").First(r => r.GetAttribute("data-unit") != "县住房和城乡建设局"
            && r.QuerySelectorAll("[data-testid=figure]").All(f => f.TextContent.Contains('—')));
        Assert.DoesNotContain("NaN", idle.TextContent);
        Assert.DoesNotContain("0.0%", idle.TextContent);
        Assert.Contains("首次联系及时率", page.Find("[data-testid=assessment-definitions]").TextContent);
        Assert.NotNull(page.Find("[data-testid=assessment-lock]"));

        // Clicking a figure lists its cases: the dispatched case is in the denominator, not yet in the numerator.
        zjj.QuerySelector("[data-kind=SignForOnTime]")!.Click();
        page.WaitForAssertion(() => Assert.Contains("及时签收率 明细", page.Find("[data-testid=drill]").TextContent));
        Assert.Single(page.FindAll("[data-testid=drill-denominator] [data-testid=drill-case]"));
        Assert.Empty(page.FindAll("[data-testid=drill-numerator] [data-testid=drill-case]"));
    }

    [Fact]
    public async Task The_assessor_records_a_deduction_with_its_reason_and_a_missing_reason_is_refused()
    {
        await SignInAsync("assessor");
        var page = RenderNovember();
        page.WaitForAssertion(() => page.Find("[data-testid=assessment-row][data-unit=县住房和城乡建设局]"));
        page.Find("[data-testid=assessment-row][data-unit=县住房和城乡建设局] [data-testid=assessment-adjust]").Click();
        page.Find("[data-testid=adjust-save]").Click();
        page.WaitForAssertion(() => Assert.Contains("请填写加减分的理由", page.Find("[data-testid=assessment-error]").TextContent));

        page.Find("input[data-testid=adjust-reason]").Change("虚假办结");
        page.Find("[data-testid=adjust-save]").Click();
        page.WaitForAssertion(() => Assert.Equal("-2", page.Find("[data-testid=assessment-row][data-unit=县住房和城乡建设局] [data-testid=assessment-adjustment]").TextContent.Trim()));
    }

    [Fact]
    public async Task The_administrator_reads_the_figures_but_cannot_lock_or_adjust()
    {
        await SignInAsync("admin");
        var page = RenderNovember();
        page.WaitForAssertion(() => page.Find("[data-testid=assessment-row]"));
        Assert.Empty(page.FindAll("[data-testid=assessment-lock]"));
        Assert.Empty(page.FindAll("[data-testid=assessment-adjust]"));
    }

    [Fact]
    public async Task A_locked_periods_drill_down_says_its_list_is_todays_data()
    {
        await SignInAsync("agent");
        await HandlingComponentData.DispatchToZjjAsync(Services, Clock.GetUtcNow().UtcDateTime.AddHours(-1), "路灯不亮已一周");
        await SignInAsync("assessor");
        var page = RenderNovember();
        page.WaitForAssertion(() => Assert.Contains("0.1 × 首次联系及时率", page.Find("[data-testid=assessment-composite]").TextContent));
        page.Find("[data-testid=assessment-row][data-unit=县住房和城乡建设局] [data-kind=SignForOnTime]").Click();
        page.WaitForAssertion(() => page.Find("[data-testid=drill]"));
        Assert.Empty(page.FindAll("[data-testid=drill-locked]"));

        page.Find("[data-testid=assessment-lock]").Click();
        page.WaitForAssertion(() => page.Find("[data-testid=assessment-locked]"));
        page.Find("[data-testid=assessment-row][data-unit=县住房和城乡建设局] [data-kind=SignForOnTime]").Click();
        page.WaitForAssertion(() => Assert.Contains("明细是今天的数据", page.Find("[data-testid=drill-locked]").TextContent));
    }

    [Fact]
    public async Task The_unit_manager_drills_into_its_own_figures()
    {
        await SignInAsync("agent");
        await HandlingComponentData.DispatchToZjjAsync(Services, Clock.GetUtcNow().UtcDateTime.AddHours(-1), "小区供暖温度不达标");
        // In December, the default period is November, when the case was dispatched.
        Clock.Advance(TimeSpan.FromDays(7));
        await SignInAsync("zjj.mgr");
        var page = Render<UnitAssessmentPage>();

        page.WaitForAssertion(() => Assert.Contains("0/1", page.Find("[data-testid=figure][data-kind=SignForOnTime]").TextContent));
        Assert.Contains("首次联系及时率", page.Find("[data-testid=assessment-composite]").TextContent);
        page.Find("[data-testid=figure][data-kind=SignForOnTime]").Click();
        page.WaitForAssertion(() => Assert.Contains("县住房和城乡建设局 · 及时签收率 明细", page.Find("[data-testid=drill]").TextContent));
        Assert.Single(page.FindAll("[data-testid=drill-denominator] [data-testid=drill-case]"));
        Assert.Empty(page.FindAll("[data-testid=drill-numerator] [data-testid=drill-case]"));
    }
}
