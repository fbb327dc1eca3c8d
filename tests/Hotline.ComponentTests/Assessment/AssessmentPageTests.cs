using Bunit;
using Hotline.ComponentTests.Handling;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Assessment.Sheets.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Assessment;

/// <summary>The assessor's figures page: rates with their counts, "—" where nothing was counted, definitions, adjustments and the lock.</summary>
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
}
