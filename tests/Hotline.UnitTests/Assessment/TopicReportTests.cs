using Hotline.Platform.Documents;
using Hotline.Assessment.Analysis.Hotspots;
using Hotline.Assessment.Analysis.TopicReport;
using Hotline.UnitTests.Documents;
using UglyToad.PdfPig;

namespace Hotline.UnitTests.Assessment;

/// <summary>专题分析报告 read back from the PDF: the summary against the period before, the charts, phrases and masked samples.</summary>
public sealed class TopicReportTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 1, 0, 0, DateTimeKind.Utc);

    static TopicReportTests() => SampleDocuments.Renderer();

    [Fact]
    public void The_report_compares_with_the_period_before_charts_the_trend_and_phrases_and_masks_its_samples()
    {
        var scope = new TopicScope(Guid.NewGuid(), null, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 25));
        var sample = new TopicText(Guid.NewGuid(), "2026112500001", "工地夜间施工噪音扰民，请回电 13900001278", false, Now);
        var data = new TopicReportData("城乡建设 / 噪声污染", scope, 12, 4, 7, 5, 0, 6, 5.0 / 6,
            [new("电话", 10), new("微信", 2)], [new("城关街道", 8), new("东城街道", 4)], "属地", [new("县住房和城乡建设局", 9)],
            [.. Enumerable.Range(1, 25).Select(d => new TrendPoint($"11/{d}", d % 3))], "日",
            [new Topic("施工噪音", 9, ["夜间", "扰民"], [sample])], [sample], false);
        var pdf = SampleDocuments.Renderer().Render(TopicReportLayout.Build(data, "清河县12345政务服务便民热线", Now));

        using var doc = PdfDocument.Open(pdf);
        var pages = doc.GetPages().ToList();
        var text = string.Concat(pages.Select(p => p.Text)).Replace(" ", "");
        Assert.Contains("专题分析报告：城乡建设/噪声污染", text);
        Assert.Contains("受理“城乡建设/噪声污染”相关诉求12件", text);
        Assert.Contains("上升200.0%", text);
        Assert.Contains("满意率83.3%", text);
        Assert.Contains("城关街道", text);
        Assert.Contains("施工噪音", text);
        Assert.Contains("2026112500001", text);
        Assert.DoesNotContain("13900001278", text);
        Assert.Contains("139******78", text);
        Assert.True(pages.Sum(p => p.GetImages().Count()) >= 2);
    }

    [Fact]
    public void A_period_without_cases_says_so_instead_of_empty_tables()
    {
        var scope = new TopicScope(null, Guid.NewGuid(), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 7));
        var data = new TopicReportData("清河县 / 柳河镇", scope, 0, 3, 0, 0, 0, 0, null, [], [], "事项分类", [], [], "日", [], [], false);
        using var doc = PdfDocument.Open(SampleDocuments.Renderer().Render(TopicReportLayout.Build(data, "清河县12345政务服务便民热线", Now)));
        var text = string.Concat(doc.GetPages().Select(p => p.Text)).Replace(" ", "");
        Assert.Contains("本期未受理“清河县/柳河镇”相关诉求（上一同长期间3件）", text);
        Assert.Equal(0, doc.GetPages().Sum(p => p.GetImages().Count()));
    }
}
