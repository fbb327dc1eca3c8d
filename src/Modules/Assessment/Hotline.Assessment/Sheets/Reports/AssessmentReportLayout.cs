using Hotline.Platform.Documents.Charts;
using Hotline.Platform.Documents.Model;
using Hotline.Assessment.Sheets.Model;
using Hotline.Assessment.Sheets.Pages;
using Hotline.Assessment.Sheets.Scoring;

namespace Hotline.Assessment.Sheets.Reports;

/// <summary>
/// 承办单位考核报告 (monthly or annual) as a document: cover, summary, ranking per tier with a score chart, one section per
/// unit, for the annual report the monthly trend, and the definitions appendix. Every number comes from the sheets.
/// </summary>
internal static class AssessmentReportLayout
{
    private static readonly FigureKind[] Trend = [FigureKind.Satisfaction, FigureKind.Resolution, FigureKind.CompletedOnTime];

    /// <param name="months">For the annual report, each month's sheet for the trend chart; empty for a monthly report.</param>
    public static Document Build(AssessmentSheet sheet, IReadOnlyList<AssessmentSheet> months, string hotline, DateTime nowUtc)
    {
        var title = $"{hotline}{sheet.Period.Label}承办单位考核报告";
        var blocks = new List<Block>
        {
            new Spacer(40),
            new RedHeader(hotline),
            new Spacer(20),
            new Heading(title),
            new Paragraph($"考核期间：{sheet.Period.First:yyyy年M月d日} 至 {sheet.Period.Last:yyyy年M月d日}") { Align = TextAlign.Center },
            new Paragraph($"编制：{hotline}管理中心　　生成时间：{ChinaTime.Format(nowUtc)}") { Align = TextAlign.Center },
            new Paragraph(sheet.Locked ? $"本期数据已于 {ChinaTime.Format(sheet.LockedAtUtc)} 锁定。" : "（未锁定，数据可能变化）") { Align = TextAlign.Center, Bold = !sheet.Locked },
            new PageBreak(),
            new Heading("一、总体情况", HeadingLevel.Section),
        };
        blocks.AddRange(Summary(sheet).Select(t => (Block)new Paragraph(t) { Indent = true }));

        blocks.Add(new Heading("二、分档排名", HeadingLevel.Section));
        foreach (var tier in sheet.Units.GroupBy(u => u.Tier))
        {
            blocks.Add(new Paragraph($"{SheetScoring.TierName(tier.Key)}（{tier.Count()} 个单位）") { Bold = true });
            blocks.Add(RankingTable(tier));
            var scored = tier.Where(u => u.Score is not null).ToList();
            if (scored.Count > 0)
                blocks.Add(new Picture(ChartRenderer.Png(new Chart(ChartKind.Bar, $"{SheetScoring.TierName(tier.Key)}综合得分",
                    scored.Select(u => u.UnitName).ToList(), [new ChartSeries("综合得分", scored.Select(u => u.Score).ToList())])), 250, 110)
                { Caption = $"图  {SheetScoring.TierName(tier.Key)}综合得分" });
        }

        if (months.Count > 0)
        {
            blocks.Add(new Heading("三、月度走势", HeadingLevel.Section));
            blocks.Add(new Picture(ChartRenderer.Png(new Chart(ChartKind.Line, "全县各月平均指标", months.Select(m => $"{m.Period.First.Month}月").ToList(),
                Trend.Select(k => new ChartSeries(FigureDefinitions.Of(k).Name, months.Select(m => Pooled(m, k)).ToList())).ToList()) { Percent = true }), 250, 110)
            { Caption = "图  各月满意率、解决率、按时办结率（全县合计）" });
        }

        blocks.Add(new Heading($"{(months.Count > 0 ? "四" : "三")}、各单位情况", HeadingLevel.Section));
        foreach (var u in sheet.Units)
            blocks.AddRange(UnitSection(u));

        blocks.Add(new PageBreak());
        blocks.Add(new Heading("附：指标口径", HeadingLevel.Section));
        blocks.Add(new Table([new("指标", 0.2), new("分子", 0.4), new("分母", 0.4)],
            FigureDefinitions.All.Select(d => (IReadOnlyList<string>)[d.Name, d.Numerator, d.Denominator]).ToList()));
        blocks.Add(new Paragraph($"{FigureDefinitions.Composite(sheet.Weights)}。{FigureDefinitions.Notes(sheet.BasicallySatisfiedWeight)}") { Indent = true });

        return new Document(blocks)
        {
            Title = title,
            Orientation = PageOrientation.Landscape,
            Header = title,
            Face = FontFace.Sans,
        };
    }

    private static IEnumerable<string> Summary(AssessmentSheet sheet)
    {
        var dispatched = sheet.Units.Sum(u => u.Figure(FigureKind.SignForOnTime).Denominator);
        var revisited = sheet.Units.Sum(u => u.Figure(FigureKind.Resolution).Denominator);
        yield return $"本期参加考核的承办单位 {sheet.Units.Count} 个，派出工单 {dispatched} 件，有效回访 {revisited} 件。" +
                     $"全县及时签收率 {Text(Pooled(sheet, FigureKind.SignForOnTime))}，首次联系及时率 {Text(Pooled(sheet, FigureKind.FirstContactOnTime))}，" +
                     $"按时办结率 {Text(Pooled(sheet, FigureKind.CompletedOnTime))}，解决率 {Text(Pooled(sheet, FigureKind.Resolution))}，满意率 {Text(Pooled(sheet, FigureKind.Satisfaction))}。";
        foreach (var tier in sheet.Units.GroupBy(u => u.Tier))
        {
            var ranked = tier.Where(u => u.RankInTier is not null).OrderBy(u => u.RankInTier).ToList();
            yield return ranked.Count == 0
                ? $"{SheetScoring.TierName(tier.Key)}：本期无可排名单位。"
                : $"{SheetScoring.TierName(tier.Key)}：第一名 {ranked[0].UnitName}（{FigureText.Score(ranked[0].Score)} 分），" +
                  $"末位 {ranked[^1].UnitName}（{FigureText.Score(ranked[^1].Score)} 分）。";
        }
    }

    private static Table RankingTable(IEnumerable<UnitAssessment> tier)
    {
        var columns = new List<TableColumn> { new("排名", 0.05, TextAlign.Center), new("单位", 0.14) };
        columns.AddRange(FigureDefinitions.All.Select(d => new TableColumn(d.Name, 0.07, TextAlign.Right)));
        columns.AddRange([new("加减分", 0.05, TextAlign.Right), new("综合得分", 0.06, TextAlign.Right)]);
        return new Table(columns, tier.Select(u => (IReadOnlyList<string>)
        [
            u.RankInTier?.ToString() ?? "—", u.UnitName, .. u.Figures.Select(FigureText.Percent),
            u.AdjustmentTotal == 0 ? "" : u.AdjustmentTotal.ToString("+0.#;-0.#"), FigureText.Score(u.Score),
        ]).ToList());
    }

    private static IEnumerable<Block> UnitSection(UnitAssessment u)
    {
        yield return new Paragraph($"{u.UnitName}（{SheetScoring.TierName(u.Tier)}，{FigureText.Rank(u)}，综合得分 {FigureText.Score(u.Score)}）") { Bold = true };
        yield return new KeyValueTable(
            [
                .. u.Figures.Select(f => new KeyValuePair<string, string>(FigureDefinitions.Of(f.Kind).Name, $"{FigureText.Percent(f)}（{FigureText.Counts(f)}）")),
                new("督办次数", $"提醒 {u.Supervisions.Reminder}，书面 {u.Supervisions.Notice}，领导 {u.Supervisions.Leader}"),
                new("加减分", u.Adjustments.Count == 0 ? "无" : string.Join("；", u.Adjustments.Select(a => $"{a.Points:+0.#;-0.#} 分：{a.Reason}"))),
            ])
        { PairsPerRow = 3, KeyWidth = 0.4 };
    }

    /// <summary>A figure over every unit together (numerators and denominators summed), null when nothing was counted.</summary>
    public static double? Pooled(AssessmentSheet sheet, FigureKind kind)
    {
        var n = sheet.Units.Sum(u => u.Figure(kind).Numerator);
        var d = sheet.Units.Sum(u => u.Figure(kind).Denominator);
        return d == 0 ? null : n / d;
    }

    private static string Text(double? rate) => rate is { } r ? (r * 100).ToString("0.0") + "%" : "—";
}
