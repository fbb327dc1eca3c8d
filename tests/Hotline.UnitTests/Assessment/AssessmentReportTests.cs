using Hotline.Platform.Organization;
using Hotline.Assessment.Sheets.Model;
using Hotline.Assessment.Sheets.Reports;
using Hotline.Assessment.Sheets.Scoring;
using Hotline.UnitTests.Documents;
using MiniExcelLibs;
using UglyToad.PdfPig;

namespace Hotline.UnitTests.Assessment;

/// <summary>The printed monthly and annual assessment reports and the workbook, from hand-built sheets, read back.</summary>
public sealed class AssessmentReportTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 2, 0, 0, DateTimeKind.Utc);

    static AssessmentReportTests() => SampleDocuments.Renderer();

    private static UnitFigures Unit(string name, UnitType type, int n, int d) =>
        new(new UnitInfo(Guid.NewGuid(), name, name, name, type, null, null, null, null, true),
            Enum.GetValues<FigureKind>().Select(k => new FigureValue(k, n, d)).ToList(), new SupervisionCounts(1, 0, 0), []);

    private static AssessmentSheet Sheet(AssessmentPeriod period, int scale = 1) => new(period, new CompositeWeights(0.1, 0.5, 0.4), 0.8, false, null, null,
        SheetScoring.Score(
        [
            Unit("县住房和城乡建设局", UnitType.CountyDepartment, 9 * scale, 10 * scale),
            Unit("县交通运输局", UnitType.CountyDepartment, 7 * scale, 10 * scale),
            Unit("县水务局", UnitType.CountyDepartment, 0, 0),
            Unit("县供电公司", UnitType.PublicEnterprise, 8, 10),
            Unit("城关镇", UnitType.Township, 5, 10),
        ], new CompositeWeights(0.1, 0.5, 0.4)), Now);

    private static (string Text, int Images, int Pages) Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        return (string.Concat(pages.Select(p => p.Text)), pages.Sum(p => p.GetImages().Count()), pages.Count);
    }

    [Fact]
    public void The_monthly_report_has_its_cover_the_ranking_in_order_dashes_for_nothing_counted_a_chart_and_the_definitions()
    {
        var pdf = SampleDocuments.Renderer().Render(AssessmentReportLayout.Build(Sheet(AssessmentPeriod.Month(2026, 11)), [], "清河县12345政务服务便民热线", Now));
        var (text, images, pages) = Read(pdf);
        var flat = text.Replace(" ", "");
        Assert.Contains("清河县12345政务服务便民热线2026年11月承办单位考核报告", flat);
        Assert.Contains("（未锁定，数据可能变化）", flat);
        Assert.True(flat.IndexOf("县住房和城乡建设局", StringComparison.Ordinal) < flat.IndexOf("县交通运输局", StringComparison.Ordinal));
        Assert.Contains("90.0%", flat);
        Assert.Contains("—", flat);
        Assert.Contains("指标口径", flat);
        Assert.Contains("在签收时限内签收的工单数", flat);
        Assert.True(images >= 3, $"one score chart per tier expected, found {images}");
        Assert.Contains($"共{pages}页", flat);
        Assert.DoesNotContain("NaN", flat);
    }

    [Fact]
    public void The_annual_report_adds_the_monthly_trend_chart()
    {
        var months = AssessmentPeriod.Year(2026).Months().Select(m => Sheet(m)).ToList();
        var pdf = SampleDocuments.Renderer().Render(AssessmentReportLayout.Build(Sheet(AssessmentPeriod.Year(2026), 12), months, "清河县12345政务服务便民热线", Now));
        var (text, images, _) = Read(pdf);
        Assert.Contains("2026年度承办单位考核报告", text.Replace(" ", ""));
        Assert.Contains("月度走势", text.Replace(" ", ""));
        Assert.True(images >= 4, $"tier charts and the trend expected, found {images}");
    }

    [Fact]
    public async Task The_workbook_holds_the_ranking_the_counts_and_the_definitions()
    {
        var bytes = await AssessmentWorkbook.BuildAsync(Sheet(AssessmentPeriod.Month(2026, 11)), CancellationToken.None);
        using var stream = new MemoryStream(bytes);
        Assert.Equal(["排名", "指标明细", "指标口径"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var ranking = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "排名").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(5, ranking.Count);
        Assert.Equal("县住房和城乡建设局", ranking[0]["单位"]);
        Assert.Equal(90.0, Convert.ToDouble(ranking[0]["及时签收率"]));
        Assert.Null(ranking.Single(r => (string)r["单位"] == "县水务局")["综合得分"]);
    }
}
