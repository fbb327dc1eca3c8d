using System.Text.RegularExpressions;
using Hotline.Intake.Contracts;
using Hotline.Intake.FlowSheet;
using Hotline.Platform.Documents.Layout;
using Hotline.Platform.Documents.Model;
using UglyToad.PdfPig;

namespace Hotline.UnitTests.Documents;

/// <summary>The 工作流转单 as printed: built by the app's own layout from synthetic inputs, rendered, and read back with PdfPig.</summary>
public sealed partial class FlowSheetPdfTests
{
    private const double PointsPerMm = 72 / 25.4;

    /// <summary>A realistic sheet (60 steps) and a long one (300 steps), each rendered once for all facts.</summary>
    private static readonly Lazy<byte[]> Sixty = new(() => Render(FlowSheetSamples.Facts(), 60));
    private static readonly Lazy<byte[]> ThreeHundred = new(() => Render(FlowSheetSamples.Facts(), 300));

    private static byte[] Render(FlowSheetFacts facts, int steps) =>
        SampleDocuments.Renderer().Render(FlowSheetLayout.Build(facts, FlowSheetSamples.Steps(steps)));

    private static string Title => FlowSheetSamples.HotlineName + FlowSheetLayout.FormName;

    [Fact]
    public void Chinese_text_round_trips_exactly()
    {
        using var pdf = PdfDocument.Open(Sixty.Value);
        var text = string.Concat(pdf.GetPages().Select(PdfReading.Text));
        Assert.Contains("清河县12345政务服务便民热线工作流转单", text);
        var facts = FlowSheetSamples.Facts();
        foreach (var value in new[] { facts.CaseNumber, facts.Category, facts.CallerName, facts.CallerPhone, "幸福小区3号楼", "一、诉求内容", "二、办理过程", "经办单位（盖章）：" })
            Assert.Contains(value, text);
        Assert.Contains(FlowSheetSamples.Content, text);
        Assert.Contains("预计三个工作日内完成维修", text);
        Assert.Contains("打印人：李明", text);
    }

    [Fact]
    public void Every_page_is_numbered_N_of_M()
    {
        using var pdf = PdfDocument.Open(ThreeHundred.Value);
        var pages = PdfReading.Pages(pdf);
        for (var i = 0; i < pages.Count; i++)
            Assert.Contains($"第 {i + 1} 页 / 共 {pages.Count} 页", pages[i].Text);
    }

    [Fact]
    public void Three_hundred_steps_paginate_with_every_row_once_in_order_under_a_header_on_every_page()
    {
        using var pdf = PdfDocument.Open(ThreeHundred.Value);
        var pages = PdfReading.Pages(pdf);
        Assert.True(pages.Count >= 10, $"300 rows should need at least 10 pages, got {pages.Count}");

        var headerLine = string.Concat(FlowSheetLayout.StepColumns.Select(c => c.Header));
        var seen = new List<int>();
        var rowsPerPage = new List<int>();
        foreach (var page in pages)
        {
            var text = PdfReading.Text(page);
            var rows = StepMarker().Matches(text).Select(m => int.Parse(m.Groups[1].Value)).ToList();
            if (rows.Count == 0)
                continue;
            // The header row is drawn once at the top of every page the table continues on, above the first row.
            var runs = PdfReading.TextRuns(page).ToList();
            Assert.Single(Regex.Matches(string.Concat(runs), Regex.Escape(headerLine)));
            Assert.True(text.IndexOf(headerLine, StringComparison.Ordinal) < text.IndexOf(FlowSheetSamples.Marker(rows[0]), StringComparison.Ordinal));
            seen.AddRange(rows);
            rowsPerPage.Add(rows.Count);
        }
        Assert.Equal(Enumerable.Range(1, 300), seen);
        // Pages are filled: every full page of the table holds a similar number of rows (none left half empty).
        var full = rowsPerPage.Skip(1).SkipLast(1).ToList();
        Assert.True(full.Min() >= full.Max() - 3, $"rows per page: {string.Join(",", rowsPerPage)}");
    }

    [Fact]
    public void No_glyph_runs_outside_the_page_or_into_the_side_margins()
    {
        foreach (var bytes in new[] { Sixty.Value, ThreeHundred.Value })
        {
            using var pdf = PdfDocument.Open(bytes);
            foreach (var page in pdf.GetPages())
            {
                double left = FlowSheetLayout.Margins.Left * PointsPerMm, right = page.Width - FlowSheetLayout.Margins.Right * PointsPerMm;
                Assert.All(PdfReading.HorizontalLetters(page), l =>
                {
                    Assert.InRange(l.BoundingBox.Left, left - 0.5, right + 0.5);
                    Assert.InRange(l.BoundingBox.Right, left - 0.5, right + 0.5);
                    Assert.InRange(l.BoundingBox.Bottom, 0, page.Height);
                    Assert.InRange(l.BoundingBox.Top, 0, page.Height);
                });
            }
        }
    }

    [Fact]
    public void A_five_thousand_character_content_wraps_onto_many_lines_and_pages_and_reads_back_whole()
    {
        var sentence = "市民反映幸福路（东段）路灯损坏多日，夜间出行不便；经核实，灯具老化，已于2026年11月更换。市民表示满意！";
        var content = string.Concat(Enumerable.Repeat(sentence, 5000 / sentence.Length + 1))[..5000];
        var bytes = Render(FlowSheetSamples.Facts(content), 3);
        using var pdf = PdfDocument.Open(bytes);
        var pages = PdfReading.Pages(pdf);
        Assert.True(pages.Count >= 3, $"5,000 characters should fill more than two pages, got {pages.Count}");

        // Page header and footer are drawn after the body, so stripping them leaves the content in reading order.
        var header = $"{FlowSheetSamples.HotlineName}　{FlowSheetLayout.FormName}　工单编号：{FlowSheetSamples.Facts().CaseNumber}";
        var body = string.Concat(pages.Select(p => Regex.Replace(PdfReading.Text(p).Replace(header, ""), "第 \\d+ 页 / 共 \\d+ 页", "")));
        Assert.Contains(content, body);

        var lines = pages.SelectMany(PdfReading.TextRuns).Where(r => r.Length > 30 && content.Contains(r)).ToList();
        Assert.True(lines.Count >= 5000 / 50, $"expected at least 100 wrapped lines, got {lines.Count}");
        Assert.All(lines, r =>
        {
            Assert.DoesNotContain(r[0], LineBreaker.NoLineStart);
            Assert.DoesNotContain(r[^1], LineBreaker.NoLineEnd);
        });
    }

    [Fact]
    public void No_column_header_wraps_and_dates_are_never_cut()
    {
        using var pdf = PdfDocument.Open(Sixty.Value);
        var runs = PdfReading.Pages(pdf).SelectMany(PdfReading.TextRuns).ToList();
        Assert.All(FlowSheetLayout.StepColumns, c => Assert.Contains(c.Header, runs));
        // Each step's time and deadline print as a whole date over a whole time, never a date cut in two.
        Assert.True(runs.Count(r => Regex.IsMatch(r, "^2026-\\d\\d-\\d\\d$")) >= 60 + 30);
        Assert.True(runs.Count(r => Regex.IsMatch(r, "^\\d\\d:\\d\\d$")) >= 60 + 30);
        Assert.DoesNotContain(runs, r => Regex.IsMatch(r, "^2026-?\\d?\\d?-?\\d?$|^\\d\\d?:\\d?$|^\\d:\\d\\d$"));
    }

    [Fact]
    public void A_case_without_steps_says_so_instead_of_an_empty_table()
    {
        var document = FlowSheetLayout.Build(FlowSheetSamples.Facts(), []);
        Assert.DoesNotContain(document.Blocks, b => b is Table);
        Assert.Contains(document.Blocks, b => b is Paragraph { Text: FlowSheetLayout.NoSteps });
        using var pdf = PdfDocument.Open(SampleDocuments.Renderer().Render(document));
        Assert.Contains(FlowSheetLayout.NoSteps, PdfReading.Text(Assert.Single(pdf.GetPages())));
    }

    [Fact]
    public void A_deadline_at_midnight_prints_as_the_previous_day_24_00()
    {
        // 2026-12-02 00:00 China time is the end of 2026-12-01.
        Assert.Equal("2026-12-01\n24:00", FlowSheetLayout.Deadline(new DateTime(2026, 12, 1, 16, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("2026-11-25\n17:00", FlowSheetLayout.Deadline(new DateTime(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Steps_show_unit_actor_deadline_and_whether_on_time()
    {
        var document = FlowSheetLayout.Build(FlowSheetSamples.Facts(), FlowSheetSamples.Steps(4));
        var table = Assert.Single(document.Blocks.OfType<Table>());
        Assert.Equal(["序号", "时间", "环节", "办理单位", "经办人", "办理情况", "期限", "是否按时"], table.Columns.Select(c => c.Header));
        Assert.Equal(["1", "2026-11-25\n10:00", "派单", "县住房和城乡建设局", "李明", "【步骤0001】办理反馈：第1步处理意见", "—", "—"], table.Rows[0]);
        Assert.Equal("按时", table.Rows[1][7]);
        Assert.Equal("超期", table.Rows[3][7]);
        Assert.Equal("2026-11-27\n24:00", table.Rows[1][6]);
    }

    [Theory]
    [InlineData("138****1234", true, false, "138****1234")]
    [InlineData("13812341234", false, false, "138****1234")]
    [InlineData(null, true, false, "（未留电话）")]
    [InlineData(null, true, true, "（已保密）")]
    public void The_printed_phone_is_never_a_full_number(string? phone, bool masked, bool withheld, string printed) =>
        Assert.Equal(printed, FlowSheetService.PrintedPhone(new CallerView("张先生", phone, masked, withheld, null)));

    [Fact]
    public void The_sheet_is_marked_internal_and_identifies_the_case_on_every_page()
    {
        using var pdf = PdfDocument.Open(ThreeHundred.Value);
        Assert.All(pdf.GetPages(), p =>
        {
            Assert.Contains(FlowSheetLayout.Watermark, p.Text);
            Assert.Contains("工单编号：QH202611250001", PdfReading.Text(p));
        });
        Assert.Equal(Title, Regex.Match(pdf.GetPage(1).Text, Regex.Escape(Title)).Value);
    }

    /// <summary>Rasterises a 60-step sheet so a person can look at it (CI keeps artifacts/).</summary>
    [Fact]
    public void The_sample_sheet_rasterises_one_png_per_page()
    {
        var pngs = PdfReading.Rasterise(Sixty.Value, "flow-sheet-sample", dpi: 80);
        using var pdf = PdfDocument.Open(Sixty.Value);
        Assert.Equal(pdf.NumberOfPages, pngs.Count);
        Assert.All(pngs, p => Assert.True(new FileInfo(p).Length > 10_000, $"{p} looks blank"));
    }

    [GeneratedRegex("【步骤(\\d{4})】")]
    private static partial Regex StepMarker();
}
