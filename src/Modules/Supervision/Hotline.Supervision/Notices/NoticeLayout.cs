using Hotline.Platform.Documents.Model;

namespace Hotline.Supervision.Notices;

/// <summary>What one 督办单 prints; the caller already masked for the reader.</summary>
/// <param name="AboutKnowledge">A unit's overdue knowledge gap (002 art. 22), not a case: no case, caller or request to print.</param>
internal sealed record NoticeFacts(
    string HotlineName,
    string NoticeNumber,
    string UnitName,
    string Level,
    string CaseNumber,
    DateTime? RegisteredAtUtc,
    string Caller,
    string CaseSummary,
    string Problem,
    string Requirement,
    string? LeaderInstruction,
    DateTime ResponseDueUtc,
    string IssuedBy,
    DateTime IssuedAtUtc,
    bool AboutKnowledge = false);

/// <summary>
/// The 督办单 as a government form: the red masthead, the number under it, the facts in a bordered grid, problem and
/// requirement as indented paragraphs (a long requirement wraps onto the next page), then the seal area. A pure function
/// of its inputs, so tests and the benchmark build exactly what the app prints.
/// </summary>
internal static class NoticeLayout
{
    public const string FormName = "督办单";

    public static Document Build(NoticeFacts f) => new(Blocks(f)) { Title = $"{FormName} {f.NoticeNumber}", PageNumbers = true };

    /// <summary>Several notices in one file, each from the top of a new page.</summary>
    public static Document Batch(IReadOnlyList<NoticeFacts> notices, DateOnly day) =>
        new(notices.SelectMany((f, i) => i == 0 ? Blocks(f) : [new PageBreak(), .. Blocks(f)]).ToList())
        {
            Title = $"{FormName} {day:yyyy-MM-dd}",
        };

    private static List<Block> Blocks(NoticeFacts f)
    {
        var due = ChinaTime.Format(f.ResponseDueUtc);
        var blocks = new List<Block>
        {
            new RedHeader(f.HotlineName + FormName),
            new Paragraph(f.NoticeNumber) { Align = TextAlign.Center },
            new Spacer(2),
            new Paragraph(f.UnitName + "：") { Bold = true },
        };
        if (f.AboutKnowledge)
            blocks.AddRange(
            [
                new Paragraph($"你单位知识库维护事项未在规定期限内办结，现列入{f.Level}，请你单位高度重视，按下列要求补充或更正知识，并于 {due} 前将办理措施及结果书面回复。")
                {
                    Indent = true,
                },
                new KeyValueTable(
                [
                    new("督办编号", f.NoticeNumber), new("督办级别", f.Level),
                    new("督办对象", "知识库维护"), new("责任单位", f.UnitName),
                ]) { PairsPerRow = 2, KeyWidth = 0.3 },
                new KeyValueTable([new("回复期限", due)]) { KeyWidth = 0.15 },
            ]);
        else
            blocks.AddRange(
            [
                new Paragraph($"现将工单 {f.CaseNumber} 列入{f.Level}，请你单位高度重视，按下列要求抓紧办理，并于 {due} 前将办理措施及结果书面回复。")
                {
                    Indent = true,
                },
                new KeyValueTable(
                [
                    new("督办编号", f.NoticeNumber), new("督办级别", f.Level),
                    new("工单编号", f.CaseNumber), new("登记时间", f.RegisteredAtUtc is { } at ? ChinaTime.Format(at) : "—"),
                    new("责任单位", f.UnitName), new("诉求人", f.Caller),
                ]) { PairsPerRow = 2, KeyWidth = 0.3 },
                new KeyValueTable([new("诉求摘要", f.CaseSummary), new("回复期限", due)]) { KeyWidth = 0.15 },
            ]);
        blocks.AddRange(
        [
            new Heading("一、督办事由", HeadingLevel.Section),
            new Paragraph(f.Problem) { Indent = true },
            new Heading("二、督办要求", HeadingLevel.Section),
            new Paragraph(f.Requirement) { Indent = true },
        ]);
        if (!string.IsNullOrWhiteSpace(f.LeaderInstruction))
        {
            blocks.Add(new Heading("三、领导批示", HeadingLevel.Section));
            blocks.Add(new Paragraph(f.LeaderInstruction) { Indent = true });
        }
        blocks.Add(new Spacer(4));
        blocks.Add(new Paragraph($"签发人：{f.IssuedBy}　　签发日期：{ChinaTime.Format(f.IssuedAtUtc)}") { Align = TextAlign.Right });
        blocks.Add(new SignatureArea { SealLabel = f.HotlineName + "（盖章）：", Date = ChinaTime.DateOf(f.IssuedAtUtc).ToString("yyyy年M月d日") });
        return blocks;
    }
}
