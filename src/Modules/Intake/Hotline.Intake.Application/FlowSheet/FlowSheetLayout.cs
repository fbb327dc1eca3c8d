using Hotline.Platform.Cases;
using Hotline.Platform.Documents.Model;
using Hotline.Platform.Time;

namespace Hotline.Intake.FlowSheet;

/// <summary>
/// The 工作流转单 as a document: case facts in a bordered grid, the content, every timeline step in a
/// table whose header repeats on each page, then the seal area. A pure function of its inputs, so the
/// benchmark and the tests build exactly what the app prints without a database.
/// </summary>
internal static class FlowSheetLayout
{
    public const string FormName = "工作流转单";

    /// <summary>The hotline's name when the county's cannot be found (no area tree yet).</summary>
    public const string DefaultHotlineName = "12345政务服务便民热线";

    public const string Watermark = "内部资料";

    public const string NoSteps = "暂无办理记录。";

    /// <summary>Column headers of the steps table, in order; the widths below were measured so no header wraps.</summary>
    public static readonly IReadOnlyList<TableColumn> StepColumns =
    [
        new("序号", 0.060, TextAlign.Center),
        new("时间", 0.118, TextAlign.Center),
        new("环节", 0.074),
        new("办理单位", 0.150),
        new("经办人", 0.092),
        new("办理情况", 0.288),
        new("期限", 0.118, TextAlign.Center),
        new("是否按时", 0.100, TextAlign.Center),
    ];

    /// <summary>Narrower side margins than the layer's default give the steps table room for the 8 columns of a portrait form.</summary>
    public static readonly PageMargins Margins = new(22, 15, 22, 15);

    public static Document Build(FlowSheetFacts facts, IReadOnlyList<CaseTimelineStep> steps)
    {
        var blocks = new List<Block>
        {
            new Heading(facts.HotlineName + FormName),
            new Paragraph($"工单编号：{facts.CaseNumber}　　打印时间：{ChinaTime.Format(facts.PrintedAtUtc)}")
            {
                Align = TextAlign.Right,
                Size = TextSize.Small,
            },
            new KeyValueTable(
            [
                new("工单编号", facts.CaseNumber), new("登记时间", ChinaTime.Format(facts.RegisteredAtUtc)),
                new("来电渠道", facts.Channel), new("诉求类型", facts.RequestType),
                new("诉求人", facts.CallerName), new("联系电话", facts.CallerPhone),
                new("紧急程度", facts.Urgency), new("当前状态", facts.Status),
                new("事项分类", facts.Category), new("是否保密", facts.Confidential ? "是" : "否"),
            ]) { PairsPerRow = 2 },
        };
        // One pair a row, its label as wide as the labels of the grid above so the columns line up.
        var wide = new List<KeyValuePair<string, string>> { new("涉事地点", facts.Place) };
        if (!string.IsNullOrWhiteSpace(facts.SubjectUnit))
            wide.Add(new("被投诉/举报单位", facts.SubjectUnit));
        blocks.Add(new KeyValueTable(wide) { KeyWidth = 0.14 });

        blocks.Add(new Heading("一、诉求内容", HeadingLevel.Section));
        blocks.Add(new Paragraph(facts.Content) { Indent = true });

        blocks.Add(new Heading("二、办理过程", HeadingLevel.Section));
        blocks.Add(steps.Count == 0
            ? new Paragraph(NoSteps)
            : new Table(StepColumns, steps.Select((s, i) => StepRow(i + 1, s)).ToList()));

        blocks.Add(new HorizontalRule());
        blocks.Add(new SignatureArea { SealLabel = "经办单位（盖章）：" });
        blocks.Add(new Paragraph($"打印人：{facts.PrintedBy}　　本单由系统根据工单流转记录生成。")
        {
            Size = TextSize.Small,
        });

        return new Document(blocks)
        {
            Title = $"{FormName}-{facts.CaseNumber}",
            Header = $"{facts.HotlineName}　{FormName}　工单编号：{facts.CaseNumber}",
            Watermark = Watermark,
            Margins = Margins,
        };
    }

    private static IReadOnlyList<string> StepRow(int number, CaseTimelineStep step) =>
    [
        number.ToString(),
        TwoLines(step.AtUtc),
        step.Stage,
        string.IsNullOrWhiteSpace(step.UnitName) ? "—" : step.UnitName,
        step.Actor,
        string.IsNullOrWhiteSpace(step.Detail) ? step.Action : $"{step.Action}：{step.Detail}",
        step.DueUtc is { } due ? Deadline(due) : "—",
        step.OnTime switch { true => "按时", false => "超期", null => "—" },
    ];

    /// <summary>Date over time, so a narrow column never cuts a date in the middle.</summary>
    private static string TwoLines(DateTime utc)
    {
        var china = ChinaTime.ToChina(utc);
        return $"{china:yyyy-MM-dd}\n{china:HH:mm}";
    }

    /// <summary>
    /// A period ends at 24:00 China time; the stored instant is the next midnight, which reads as the
    /// wrong day. Print it as the last day's 24:00, as Chinese forms write deadlines.
    /// </summary>
    public static string Deadline(DateTime dueUtc)
    {
        var china = ChinaTime.ToChina(dueUtc);
        return china.TimeOfDay == TimeSpan.Zero
            ? $"{china.AddDays(-1):yyyy-MM-dd}\n24:00"
            : $"{china:yyyy-MM-dd}\n{china:HH:mm}";
    }
}
