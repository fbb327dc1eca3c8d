using Hotline.Platform.Documents.Model;

namespace Hotline.Supervision.Coordination;

/// <summary>The printed record of an interview reminder (约谈提醒记录) or a coordination meeting (专题协调会议纪要).</summary>
internal static class CoordinationLayout
{
    public static string FormName(CoordinationKind kind) => kind == CoordinationKind.Interview ? "约谈提醒记录" : "专题协调会议纪要";

    public static Document Build(CoordinationRow r, string hotlineName) => new(
    [
        new RedHeader(hotlineName + FormName(r.Kind)),
        new Spacer(2),
        new KeyValueTable(
        [
            new("议题", r.Subject), new("时间", ChinaTime.Format(r.HeldAtUtc)),
            new("相关工单", r.CaseNumber ?? "—"), new("牵头单位", r.LeadUnitName ?? "—"),
        ]) { PairsPerRow = 2, KeyWidth = 0.3 },
        new KeyValueTable([new("参加人员", r.Participants)]) { KeyWidth = 0.15 },
        new Heading("议定事项", HeadingLevel.Section),
        new Paragraph(r.Decisions) { Indent = true },
        new Spacer(4),
        new Paragraph($"记录人：{r.RecordedByName}") { Align = TextAlign.Right },
        new SignatureArea { SealLabel = hotlineName + "（盖章）：", Date = ChinaTime.DateOf(r.HeldAtUtc).ToString("yyyy年M月d日") },
    ])
    {
        Title = $"{FormName(r.Kind)} {r.Subject}",
    };
}
