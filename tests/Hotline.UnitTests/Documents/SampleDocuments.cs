using Hotline.Platform.Documents;
using Hotline.Platform.Documents.Fonts;
using Hotline.Platform.Documents.Model;

namespace Hotline.UnitTests.Documents;

/// <summary>A flow-sheet-like document: title, long paragraph, key/value grid, a 120-row table, seal area.</summary>
internal static class SampleDocuments
{
    public const string Title = "12345政务服务便民热线工作流转单";

    public static readonly string[] Headers = ["序号", "办理环节", "办理单位", "办理时间", "办理意见"];

    public static string LongParagraph { get; } = string.Concat(Enumerable.Range(1, 12).Select(i =>
        $"第{i}次回访：市民反映幸福路（东段）的路灯已损坏多日，夜间出行不便；经县住房和城乡建设局核实，已于2026年11月{i}日更换灯具。市民表示满意！"));

    public static Document Build() => new(
    [
        new Heading(Title),
        new Paragraph("受理编号：HL2026112500001") { Align = TextAlign.Right, Size = TextSize.Small },
        new KeyValueTable(
        [
            new("来电人", "张**"), new("联系电话", "138****5678"),
            new("来电渠道", "电话"), new("诉求类型", "投诉"),
            new("诉求分类", "城乡建设 / 市政设施 / 路灯"), new("发生地点", "城关镇幸福路与建设路交叉口东侧约200米"),
        ]) { PairsPerRow = 2 },
        new Heading("一、诉求内容", HeadingLevel.Section),
        new Paragraph(LongParagraph) { Indent = true },
        new Heading("二、办理过程", HeadingLevel.Section),
        new Table(
            [new(Headers[0], 0.08, TextAlign.Center), new(Headers[1], 0.14), new(Headers[2], 0.22), new(Headers[3], 0.18), new(Headers[4], 0.38)],
            Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)
                [i.ToString(), i % 2 == 0 ? "转办" : "办理反馈", "县住房和城乡建设局", $"2026-11-{1 + i % 28:00} 09:{i % 60:00}",
                 i % 10 == 0 ? "已安排维修人员现场查看，确认灯具老化（含线路），预计三个工作日内完成更换；完成后将回访市民。" : $"第{i}步处理意见"]).ToList()),
        new HorizontalRule(),
        new SignatureArea(),
    ])
    {
        Title = Title,
        Header = "某县12345政务服务便民热线",
        Watermark = "内部资料",
    };

    public static DocumentRenderer Renderer()
    {
        PdfFonts.EnsureInitialized(new DocumentFontOptions());
        return new DocumentRenderer();
    }
}
