using Hotline.Supervision.Notices;
using Hotline.UnitTests.Documents;
using UglyToad.PdfPig;

namespace Hotline.UnitTests.Supervision;

/// <summary>The 督办单 as printed: built by the app's layout, rendered, and read back with PdfPig.</summary>
public sealed class NoticePdfTests
{
    private static readonly DateTime Issued = new(2026, 12, 3, 2, 0, 0, DateTimeKind.Utc);

    private static NoticeFacts Facts(string requirement = "请于三个工作日内组织现场核查，督促物业公司修复电梯，并将整改结果书面回复。") => new(
        "清河县12345政务服务便民热线", "督〔2026〕第7号", "县住房和城乡建设局", "书面督办", "QH2026120300012", Issued.AddDays(-6),
        "王** 138****5678", "幸福小区3号楼电梯停运半月，物业不予维修。", "工单 QH2026120300012 的办结期限已过，尚未办结。", requirement,
        null, Issued.AddDays(5), "督办员刘洋", Issued);

    private static string Text(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Concat(pdf.GetPages().Select(PdfReading.Text));
    }

    [Fact]
    public void A_normal_notice_is_one_page_with_the_red_header_number_and_fields()
    {
        var bytes = SampleDocuments.Renderer().Render(NoticeLayout.Build(Facts()));
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(1, pdf.NumberOfPages);
        var text = Text(bytes);
        foreach (var value in new[] { "清河县12345政务服务便民热线督办单", "督〔2026〕第7号", "县住房和城乡建设局", "QH2026120300012", "王** 138****5678",
                     "一、督办事由", "二、督办要求", "签发人：督办员刘洋", "（盖章）" })
            Assert.Contains(value, text);
        Assert.DoesNotContain("13812345678", text);
        // The masthead is printed in red.
        var header = pdf.GetPage(1).Letters.First(l => l.Value == "督");
        Assert.NotEqual("(0, 0, 0)", header.Color.ToRGBValues().ToString());
    }

    [Fact]
    public void A_notice_about_a_knowledge_gap_names_the_knowledge_not_a_case_or_caller()
    {
        var gap = Facts() with
        {
            CaseNumber = "—", RegisteredAtUtc = null, Caller = "—", CaseSummary = "物业费收费标准知识已失效", Problem = "物业费收费标准知识已失效，逾期未更正。",
            AboutKnowledge = true,
        };
        var text = Text(SampleDocuments.Renderer().Render(NoticeLayout.Build(gap)));
        Assert.Contains("知识库维护事项", text);
        Assert.Contains("督办对象", text);
        Assert.DoesNotContain("现将工单", text);
        Assert.DoesNotContain("诉求人", text);
        Assert.DoesNotContain("诉求摘要", text);
    }

    [Fact]
    public void A_ten_thousand_character_requirement_wraps_across_pages_and_never_overflows()
    {
        var requirement = string.Concat(Enumerable.Repeat("请责任单位逐户走访核实，制定整改方案并限期落实。", 10000 / 24 + 1))[..10000];
        var bytes = SampleDocuments.Renderer().Render(NoticeLayout.Build(Facts(requirement)));
        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages > 1);
        foreach (var page in pdf.GetPages())
            Assert.All(PdfReading.HorizontalLetters(page), l => Assert.InRange(l.BoundingBox.Right, 0, page.Width - 20));
        Assert.Contains("第 2 页", Text(bytes).Replace(" ", " "));
    }

    [Fact]
    public void A_batch_starts_every_notice_on_a_new_page()
    {
        var batch = NoticeLayout.Batch([Facts(), Facts() with { NoticeNumber = "督〔2026〕第8号" }], new DateOnly(2026, 12, 3));
        using var pdf = PdfDocument.Open(SampleDocuments.Renderer().Render(batch));
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.Contains("督〔2026〕第8号", PdfReading.Text(pdf.GetPage(2)));
    }
}
