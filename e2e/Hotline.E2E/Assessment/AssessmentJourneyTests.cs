using Hotline.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Assessment;

/// <summary>Issue #16: the assessor opens last month, reads a figure with its definition, prints the monthly report and downloads the Excel.</summary>
public sealed class AssessmentJourneyTests(E2EApp e2e) : E2ETest(e2e)
{
    [Fact]
    public async Task The_assessor_opens_last_month_prints_the_monthly_report_and_downloads_the_excel()
    {
        var assessor = await E2E.SignInAsync("assessor");
        await ScenarioAsync("assessment-journey", assessor, async () =>
        {
            await E2E.GotoAsync(assessor, "/assessment");
            await Expect(assessor.Locator("[data-testid=assessment-period]")).ToHaveTextAsync("2026年10月");
            var zjj = assessor.Locator("[data-testid=assessment-row][data-unit=县住房和城乡建设局]");
            await Expect(zjj).ToBeVisibleAsync();
            await Expect(zjj.Locator("[data-kind=SignForOnTime]")).ToHaveAttributeAsync("title", "无");
            await assessor.ClickAsync("[data-testid=assessment-definitions] .mud-expand-panel-header");
            await Expect(assessor.Locator("[data-testid=assessment-definitions]")).ToContainTextAsync("在签收时限内签收的工单数");
            await assessor.ScreenshotAsync(new() { Path = Path.Combine(E2EHost.ArtifactsFolder("screens"), "assessment.png"), FullPage = true });

            var (pdfName, pdf) = await Downloads.DownloadAsync(assessor, assessor.Locator("[data-testid=report-period]"));
            Assert.EndsWith(".pdf", pdfName);
            var text = Downloads.PdfText(pdf).Replace(" ", "");
            Assert.Contains("2026年10月承办单位考核报告", text);
            Assert.Contains("指标口径", text);

            var (xlsxName, xlsx) = await Downloads.DownloadAsync(assessor, assessor.Locator("[data-testid=report-excel]"));
            Assert.EndsWith(".xlsx", xlsxName);
            Assert.Equal((byte)'P', xlsx[0]);   // a ZIP container, as every .xlsx is
        });
    }
}
