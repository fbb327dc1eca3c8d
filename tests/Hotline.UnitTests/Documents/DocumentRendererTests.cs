using System.Text.RegularExpressions;
using Hotline.Platform.Documents.Layout;
using Hotline.Platform.Documents.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Hotline.UnitTests.Documents;

/// <summary>Renders the sample flow sheet once and reads it back with PdfPig.</summary>
public sealed class DocumentRendererTests
{
    private static readonly Lazy<byte[]> Sample = new(() => SampleDocuments.Renderer().RenderAsync(SampleDocuments.Build()).GetAwaiter().GetResult());

    private static T Read<T>(Func<PdfDocument, T> read)
    {
        using var pdf = PdfDocument.Open(Sample.Value);
        return read(pdf);
    }

    [Fact]
    public void The_text_contains_the_title_the_cells_and_the_whole_paragraph_exactly()
    {
        var text = Read(pdf => string.Concat(pdf.GetPages().Select(p => p.Text)));
        Assert.Contains(SampleDocuments.Title, text);
        Assert.Contains("城乡建设 / 市政设施 / 路灯", text);
        Assert.Contains("第119步处理意见", text);
        Assert.Contains("预计三个工作日内完成更换", text);
        Assert.Contains("单位（盖章）：", text);
        Assert.Contains(SampleDocuments.LongParagraph, text);
    }

    [Fact]
    public void Every_page_is_numbered_with_the_page_count()
    {
        var texts = Read(pdf => pdf.GetPages().Select(p => p.Text).ToList());
        Assert.True(texts.Count >= 3, $"expected at least 3 pages, got {texts.Count}");
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Contains($"第 {i + 1} 页", texts[i]);
            Assert.Contains($"共 {texts.Count} 页", texts[i]);
        }
    }

    [Fact]
    public void The_table_header_is_on_every_page_the_table_spans()
    {
        var texts = Read(pdf => pdf.GetPages().Select(p => p.Text).ToList());
        var tablePages = texts.Where(t => Regex.IsMatch(t, "第\\d+步处理意见")).ToList();
        Assert.True(tablePages.Count >= 3, $"the 120-row table should span at least 3 pages, got {tablePages.Count}");
        Assert.All(tablePages, t => Assert.All(SampleDocuments.Headers, h => Assert.Contains(h, t)));
        // Every row made it, none twice.
        var steps = string.Concat(tablePages);
        Assert.Equal(Enumerable.Range(1, 120).Where(i => i % 10 != 0),
            Regex.Matches(steps, "第(\\d+)步处理意见").Select(m => int.Parse(m.Groups[1].Value)));
    }

    [Fact]
    public void No_printed_line_starts_with_closing_or_ends_with_opening_punctuation()
    {
        var runs = Read(pdf => pdf.GetPages().SelectMany(TextRuns).ToList());
        Assert.NotEmpty(runs);
        Assert.All(runs, r =>
        {
            Assert.DoesNotContain(r[0], LineBreaker.NoLineStart);
            Assert.DoesNotContain(r[^1], LineBreaker.NoLineEnd);
        });
    }

    [Fact]
    public void No_glyph_runs_outside_the_page_or_into_the_side_margins()
    {
        Read(pdf =>
        {
            foreach (var page in pdf.GetPages())
            foreach (var letter in page.Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal))
            {
                Assert.InRange(letter.BoundingBox.Left, 20 * 72 / 25.4 - 0.5, page.Width - 20 * 72 / 25.4 + 0.5);
                Assert.InRange(letter.BoundingBox.Right, 20 * 72 / 25.4 - 0.5, page.Width - 20 * 72 / 25.4 + 0.5);
                Assert.InRange(letter.BoundingBox.Bottom, 0, page.Height);
                Assert.InRange(letter.BoundingBox.Top, 0, page.Height);
            }
            return 0;
        });
    }

    [Fact]
    public void Fonts_are_embedded_as_subsets_and_the_file_stays_small()
    {
        Assert.True(Sample.Value.Length < 1024 * 1024, $"{Sample.Value.Length} bytes");
        var fontNames = Read(pdf => pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList());
        Assert.NotEmpty(fontNames);
        Assert.All(fontNames, n => Assert.Matches("^[A-Z]{6}\\+", n));
    }

    [Fact]
    public async Task Landscape_pages_are_wider_than_high_and_the_header_text_is_printed()
    {
        var bytes = await SampleDocuments.Renderer().RenderAsync(new Document([new Paragraph("横向页面")])
        {
            Orientation = PageOrientation.Landscape,
            Header = "页眉文字",
            PageNumbers = false,
        });
        using var pdf = PdfDocument.Open(bytes);
        var page = Assert.Single(pdf.GetPages());
        Assert.True(page.Width > page.Height);
        Assert.Equal(297 * 72 / 25.4, page.Width, 0.5);
        Assert.Contains("页眉文字", page.Text);
        Assert.DoesNotContain("共 1 页", page.Text);
    }

    [Fact]
    public async Task A_row_taller_than_the_space_left_is_split_and_continues_under_a_repeated_header()
    {
        var tall = string.Concat(Enumerable.Repeat("很长的办理意见需要换行。", 200));
        var bytes = await SampleDocuments.Renderer().RenderAsync(new Document(
        [
            new Paragraph("前言"),
            new Table([new("环节", 0.2), new("意见", 0.8)], [["受理", "短"], ["处置", tall]]),
        ]));
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().ToList();
        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.Contains("环节", p.Text));
        Assert.Contains(tall, string.Concat(pages.Select(p => Regex.Replace(p.Text, "环节意见|第 \\d+ 页 / 共 \\d+ 页|处置", ""))));
        // The first page is filled, not left mostly empty: the row starts right after the first one.
        Assert.Contains("很长的办理意见", pages[0].Text);
    }

    /// <summary>
    /// Rasterises the sample with pdftoppm so a person can look at it; the PNGs are kept in
    /// HOTLINE_PDF_SAMPLE_DIR or artifacts/pdf-samples (CI keeps artifacts/).
    /// </summary>
    [Fact]
    public void The_sample_rasterises_one_png_per_page() =>
        Assert.Equal(Read(pdf => pdf.NumberOfPages), PdfReading.Rasterise(Sample.Value, "pdf-sample").Count);

    /// <summary>Horizontal text grouped into printed lines, then split at wide gaps (table cells).</summary>
    private static IEnumerable<string> TextRuns(Page page)
    {
        var letters = page.Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrWhiteSpace(l.Value));
        foreach (var line in letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)))
        {
            var run = new System.Text.StringBuilder();
            Letter? previous = null;
            foreach (var letter in line.OrderBy(l => l.StartBaseLine.X))
            {
                if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > 6 && run.Length > 0)
                {
                    yield return run.ToString();
                    run.Clear();
                }
                run.Append(letter.Value);
                previous = letter;
            }
            if (run.Length > 0)
                yield return run.ToString();
        }
    }
}
