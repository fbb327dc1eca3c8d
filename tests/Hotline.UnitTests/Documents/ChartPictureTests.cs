using Hotline.Platform.Documents.Charts;
using Hotline.Platform.Documents.Model;
using UglyToad.PdfPig;

namespace Hotline.UnitTests.Documents;

/// <summary>Charts drawn with the CJK face and placed in a document as pictures, read back with PdfPig.</summary>
public sealed class ChartPictureTests
{
    // The charts draw with the documents' sans face, loaded with the PDF fonts.
    static ChartPictureTests() => SampleDocuments.Renderer();

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static Chart Bars() => new(ChartKind.Bar, "各单位综合得分", ["县住建局", "县交通局", "城关镇"],
        [new ChartSeries("综合得分", [0.92, null, 0.81]), new ChartSeries("满意率", [0.95, 0.5, null])]) { Percent = true };

    private static Chart Lines() => new(ChartKind.Line, "满意率趋势", ["1月", "2月", "3月", "4月"],
        [new ChartSeries("满意率", [0.9, null, 0.93, 0.95])]) { Percent = true, ValueAxisLabel = "%" };

    [Fact]
    public void Bar_and_line_charts_render_as_png_of_the_requested_size_with_gaps_for_missing_values()
    {
        foreach (var chart in new[] { Bars(), Lines() })
        {
            var png = ChartRenderer.Png(chart, 800, 400);
            Assert.Equal(PngSignature, png.Take(8));
            var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
            var height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
            Assert.Equal((800, 400), (width, height));
        }
    }

    [Fact]
    public void A_picture_block_places_the_chart_in_the_pdf_with_its_caption()
    {
        var document = new Document(
        [
            new Heading("考核报告"),
            new Picture(ChartRenderer.Png(Bars()), 170, 95) { Caption = "图 1  各单位综合得分" },
            new Picture(ChartRenderer.Png(Lines()), 170, 95) { Caption = "图 2  满意率趋势" },
        ]) { Title = "考核报告" };
        var bytes = SampleDocuments.Renderer().Render(document);
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().ToList();
        Assert.Equal(2, pages.Sum(p => p.GetImages().Count()));
        var text = string.Concat(pages.Select(p => p.Text));
        Assert.Contains("图1各单位综合得分", text.Replace(" ", ""));
        Assert.Contains("图2满意率趋势", text.Replace(" ", ""));
    }

    [Fact]
    public void A_picture_wider_than_the_page_is_scaled_down_to_the_text_width_keeping_its_proportions()
    {
        var document = new Document([new Picture(ChartRenderer.Png(Bars()), 400, 200)]) { Title = "宽图" };
        using var pdf = PdfDocument.Open(SampleDocuments.Renderer().Render(document));
        var image = pdf.GetPages().Single().GetImages().Single();
        var bounds = image.BoundingBox;
        Assert.True(bounds.Width < 210 * 72 / 25.4, $"image width {bounds.Width} pt exceeds the page");
        Assert.Equal(2.0, bounds.Width / bounds.Height, 1);
    }
}
