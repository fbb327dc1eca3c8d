using Hotline.Archive.Document;
using Hotline.Archive.Domain;
using Hotline.Archive.Workbench;
using Hotline.UnitTests.Documents;
using UglyToad.PdfPig;
using Xunit;

namespace Hotline.UnitTests.Archive;

/// <summary>The 工单归档表 as printed: built by the app's layout from a sample record, rendered, read back with PdfPig.</summary>
public class RecordPdfTests
{
    private static RecordView View(RecordSnapshot snapshot, bool confidential = false)
    {
        var record = ArchiveRecord.Seal(ArchiveSamples.Contents(snapshot), 2026, 123, null, null, ArchiveSamples.Closed, "系统");
        return new RecordView(record.Id, record.ArchiveNumber, record.Kind, null, null, 2026, RetentionPeriod.ThirtyYears, confidential,
            record.ArchivedAtUtc, "系统", record.SnapshotSha256, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", record.RecordHash,
            ArchiveRecords.Masked(snapshot), []);
    }

    private static (string Text, IReadOnlyList<string> Pages) Read(RecordView view)
    {
        var bytes = SampleDocuments.Renderer().Render(RecordLayout.Build(view, ArchiveSamples.Closed.AddDays(1), "档案员小周"));
        using var pdf = PdfDocument.Open(bytes);
        var pages = PdfReading.Pages(pdf).Select(PdfReading.Text).ToList();
        return (string.Concat(pages), pages);
    }

    [Fact]
    public void The_cover_timeline_replies_ratings_attachments_and_integrity_line_are_printed()
    {
        var snapshot = ArchiveSamples.Snapshot();
        var view = View(snapshot);
        var (text, _) = Read(view);
        var flat = text.Replace(" ", "");

        foreach (var value in new[] { "12345政务服务便民热线工单归档表", "2026-12345-000123", "30年", "公开", "QH20261125-0001", "王女士",
                     "一、诉求内容", "二、办理过程", "三、答复、延期与回访评价", "四、附件清单", "已督促物业维修电梯", "非常满意", "修好了",
                     "现场.png", "话务员小陈（话务员）", "打印人：档案员小周" })
            Assert.Contains(value, flat);
        Assert.Contains(view.RecordHash, flat);
        Assert.Contains(new string('a', 64), flat);
        Assert.Contains("档案哈希", flat);
    }

    [Fact]
    public void The_callers_number_is_masked()
    {
        var (text, _) = Read(View(ArchiveSamples.Snapshot()));
        var flat = text.Replace(" ", "");
        Assert.DoesNotContain("13812345678", flat);
        Assert.Contains("138****5678", flat);
    }

    [Fact]
    public void Every_page_is_numbered_x_of_y()
    {
        var s = ArchiveSamples.Snapshot();
        var steps = Enumerable.Range(1, 120).Select(i => new SnapshotStep(ArchiveSamples.Closed.AddMinutes(i), "办理", $"第{i}步办理", "承办人", "县住房和城乡建设局", "详细情况说明", null, true)).ToList();
        var (_, pages) = Read(View(s with { Timeline = steps }));
        Assert.True(pages.Count >= 3);
        for (var i = 0; i < pages.Count; i++)
            Assert.Contains($"第 {i + 1} 页 / 共 {pages.Count} 页", pages[i]);
    }
}
