using Hotline.Archive.Workbench;
using Hotline.Platform.Documents.Model;

namespace Hotline.Archive.Document;

/// <summary>
/// 工单归档表 as a document: the cover grid (archive number, retention, classification), the content, the whole timeline,
/// replies, extensions, revisits and ratings, the attachment list with hashes, and the integrity line with the record's
/// hash. A pure function of the (already masked) record view, so tests render exactly what the app prints.
/// </summary>
internal static class RecordLayout
{
    public const string FormName = "工单归档表";
    public const string HotlineName = "12345政务服务便民热线";

    public static readonly PageMargins Margins = new(22, 15, 22, 15);

    private static readonly IReadOnlyList<TableColumn> StepColumns =
    [
        new("序号", 0.060, TextAlign.Center), new("时间", 0.118, TextAlign.Center), new("环节", 0.074), new("办理单位", 0.150),
        new("经办人", 0.092), new("办理情况", 0.288), new("期限", 0.118, TextAlign.Center), new("是否按时", 0.100, TextAlign.Center),
    ];

    public static Platform.Documents.Model.Document Build(RecordView v, DateTime printedAtUtc, string printedBy)
    {
        var s = v.Snapshot;
        var blocks = new List<Block>
        {
            new Heading(HotlineName + FormName),
            new Paragraph($"档案号：{v.ArchiveNumber}　　打印时间：{ChinaTime.Format(printedAtUtc)}") { Align = TextAlign.Right, Size = TextSize.Small },
            new KeyValueTable(
            [
                new("档案号", v.ArchiveNumber), new("归档年度", v.Year.ToString()),
                new("保管期限", v.Retention.DisplayName()), new("密级", v.Confidential ? "保密" : "公开"),
                new("归档类别", v.Kind.DisplayName()), new("原档案号", v.OriginalArchiveNumber ?? "—"),
                new("归档时间", ChinaTime.Format(v.ArchivedAtUtc)), new("归档人", v.ArchivedBy),
                new("工单编号", s.Case.Number), new("登记时间", ChinaTime.Format(s.Case.RegisteredAtUtc)),
                new("诉求类型", s.Case.RequestType), new("来电渠道", s.Case.Channel),
                new("诉求人", s.Caller.Name + (s.Caller.Anonymous ? "（匿名）" : "")), new("联系电话", s.Caller.Phone ?? "（未留电话）"),
                new("承办单位", s.Closing.LeadUnit ?? "—"), new("办结时间", ChinaTime.Format(s.Closing.ClosedAtUtc)),
            ]) { PairsPerRow = 2 },
            new KeyValueTable(
            [
                new("事项分类", s.Case.Category),
                new("涉事地点", $"{s.Case.Area} {s.Case.Address}".Trim()),
                new("受理情况", Join(s.Acceptance.Decision, ChinaTime.Format(s.Acceptance.DecidedAtUtc), s.Acceptance.DecidedBy, s.Acceptance.DecisionText)),
                new("办结情况", Join(s.Closing.Outcome, $"受理评价：{s.Closing.IntakeRating ?? "—"}", $"办理评价：{s.Closing.HandlingRating ?? "—"}",
                    s.Closing.RedoRounds > 0 ? $"重办 {s.Closing.RedoRounds} 次" : null)),
            ]) { KeyWidth = 0.14 },
            new Heading("一、诉求内容", HeadingLevel.Section),
            new Paragraph(s.Case.Content) { Indent = true },
            new Heading("二、办理过程", HeadingLevel.Section),
            s.Timeline.Count == 0
                ? new Paragraph("无办理记录。")
                : new Table(StepColumns, s.Timeline.Select((t, i) => (IReadOnlyList<string>)
                [
                    (i + 1).ToString(), TwoLines(t.AtUtc), t.Stage, t.Unit ?? "—", t.Actor,
                    string.IsNullOrWhiteSpace(t.Detail) ? t.Action : $"{t.Action}：{t.Detail}",
                    t.DueUtc is { } due ? TwoLines(due) : "—", t.OnTime switch { true => "按时", false => "超期", null => "—" },
                ]).ToList()),
            new Heading("三、答复、延期与回访评价", HeadingLevel.Section),
        };
        blocks.Add(s.Replies.Count == 0
            ? new Paragraph("无答复记录。")
            : new Table([new("轮次", 0.07, TextAlign.Center), new("答复单位", 0.17), new("结果", 0.12), new("答复内容", 0.40), new("提交时间", 0.12, TextAlign.Center), new("审核", 0.12)],
                s.Replies.Select(r => (IReadOnlyList<string>)[(r.Round + 1).ToString(), r.Unit, r.Result, r.Text, TwoLines(r.SubmittedAtUtc), r.Review]).ToList()));
        if (s.Extensions.Count > 0)
            blocks.Add(new Table([new("延期单位", 0.17), new("理由与措施", 0.43), new("申请延至", 0.14, TextAlign.Center), new("审批", 0.12), new("审批时间", 0.14, TextAlign.Center)],
                s.Extensions.Select(x => (IReadOnlyList<string>)[x.Unit, $"{x.Reason}；措施：{x.Measures}", TwoLines(x.RequestedDueUtc), x.Decision,
                    x.DecidedAtUtc is { } at ? TwoLines(at) : "—"]).ToList()));
        blocks.Add(s.Revisits.Count == 0
            ? new Paragraph("无回访记录。")
            : new Table([new("回访时间", 0.13, TextAlign.Center), new("方式", 0.12), new("结果", 0.10), new("受理评价", 0.11), new("办理评价", 0.11), new("是否解决", 0.09, TextAlign.Center), new("诉求人意见", 0.34)],
                s.Revisits.Select(r => (IReadOnlyList<string>)[TwoLines(r.AtUtc), r.Channel, r.Reach, r.IntakeRating ?? "—", r.HandlingRating ?? "—",
                    r.Resolved switch { true => "是", false => "否", null => "—" }, r.CallerWords ?? "—"]).ToList()));
        foreach (var f in s.FollowUps)
            blocks.Add(new Paragraph($"不满意处理（第 {f.Round + 1} 轮）：{f.Cause}，{f.Why}；处理：{f.Decision}" +
                (f.SupervisorDecision is null ? "" : $"；督办员决定：{f.SupervisorDecision}")) { Size = TextSize.Small });

        blocks.Add(new Heading("四、附件清单", HeadingLevel.Section));
        blocks.Add(s.Attachments.Count == 0
            ? new Paragraph("无附件。")
            : new Table([new("序号", 0.07, TextAlign.Center), new("来源", 0.08), new("文件名", 0.25), new("大小（字节）", 0.12, TextAlign.Right), new("SHA-256", 0.48)],
                s.Attachments.Select((a, i) => (IReadOnlyList<string>)[(i + 1).ToString(), a.Source, a.FileName, a.Size.ToString(), Hash(a.Sha256)]).ToList()));

        blocks.Add(new HorizontalRule());
        blocks.Add(new Paragraph($"完整性：档案哈希（SHA-256）{Hash(v.RecordHash)}；内容哈希 {Hash(v.SnapshotSha256)}；前一档案哈希 {(v.PreviousHash is { } p ? Hash(p) : "（年度首件）")}")
        {
            Size = TextSize.Small,
        });
        blocks.Add(new Paragraph($"打印人：{printedBy}　　本表由系统根据归档快照生成，诉求人电话已隐去部分号码。") { Size = TextSize.Small });

        return new Platform.Documents.Model.Document(blocks)
        {
            Title = $"{FormName}-{v.ArchiveNumber}",
            Header = $"{HotlineName}　{FormName}　档案号：{v.ArchiveNumber}",
            Watermark = v.Confidential ? "保密" : null,
            Margins = Margins,
        };
    }

    /// <summary>A hash split in two halves so it wraps at a fixed place instead of overflowing a cell.</summary>
    public static string Hash(string? sha256) => sha256 is { Length: 64 } h ? $"{h[..32]}\n{h[32..]}" : sha256 ?? "—";

    private static string TwoLines(DateTime utc)
    {
        var china = ChinaTime.ToChina(utc);
        return $"{china:yyyy-MM-dd}\n{china:HH:mm}";
    }

    private static string Join(params string?[] parts) =>
        string.Join("，", parts.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } text ? text : "—";
}
