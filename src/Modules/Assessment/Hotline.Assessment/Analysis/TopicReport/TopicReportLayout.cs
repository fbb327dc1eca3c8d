using Hotline.Platform.Documents.Charts;
using Hotline.Platform.Documents.Model;
using Hotline.Assessment.Analysis.Hotspots;

namespace Hotline.Assessment.Analysis.TopicReport;

/// <summary>专题分析报告 as a document: summary against the period before, the trend chart, breakdowns, top phrases, masked samples.</summary>
internal static class TopicReportLayout
{
    public static Document Build(TopicReportData d, string hotline, DateTime nowUtc)
    {
        var title = $"专题分析报告：{d.Subject}";
        var period = $"{d.Scope.From:yyyy年M月d日} 至 {d.Scope.To:yyyy年M月d日}";
        var blocks = new List<Block>
        {
            new RedHeader(hotline),
            new Heading(title),
            new Paragraph($"统计期间：{period}（{d.Scope.Days} 天）　　生成时间：{ChinaTime.Format(nowUtc)}") { Align = TextAlign.Center },
            new Heading("一、总体情况", HeadingLevel.Section),
            new Paragraph(Summary(d)) { Indent = true },
        };
        if (d.Cases > 0)
        {
            blocks.Add(new Picture(ChartRenderer.Png(new Chart(ChartKind.Line, $"受理量走势（按{d.TrendUnit}）", d.Trend.Select(p => p.Label).ToList(),
                [new ChartSeries("受理量", d.Trend.Select(p => (double?)p.Cases).ToList())]) { ValueAxisLabel = "件" }), 170, 80)
            { Caption = $"图1  受理量走势（按{d.TrendUnit}）" });
            blocks.Add(new Heading("二、分布", HeadingLevel.Section));
            blocks.Add(new Paragraph($"按{d.BreakdownName}") { Bold = true });
            blocks.Add(Shares(d.BreakdownName, d.Breakdown.Take(15), d.Cases));
            blocks.Add(new Paragraph("按受理渠道") { Bold = true });
            blocks.Add(Shares("渠道", d.Channels, d.Cases));
            if (d.LeadUnits.Count > 0)
            {
                blocks.Add(new Paragraph("主办单位（前 10 位）") { Bold = true });
                blocks.Add(Shares("主办单位", d.LeadUnits, d.Cases));
            }
            blocks.Add(new Heading("三、高频诉求", HeadingLevel.Section));
            if (d.Topics.Count == 0)
                blocks.Add(new Paragraph("本期没有在两件以上工单中出现的话题。") { Indent = true });
            else
            {
                blocks.Add(new Picture(ChartRenderer.Png(new Chart(ChartKind.Bar, "高频诉求（涉及工单数）", d.Topics.Select(t => t.Phrase).ToList(),
                    [new ChartSeries("工单数", d.Topics.Select(t => (double?)t.Cases).ToList())])), 170, 80)
                { Caption = "图2  高频诉求" });
                blocks.Add(new Table([new("序号", 0.08, TextAlign.Center), new("诉求热点", 0.3), new("涉及工单", 0.14, TextAlign.Right), new("相关词", 0.48)],
                    d.Topics.Select((t, i) => (IReadOnlyList<string>)[(i + 1).ToString(), t.Phrase, $"{t.Cases} 件", string.Join("、", t.Related)]).ToList()));
            }
            blocks.Add(new Heading("四、典型工单（已脱敏）", HeadingLevel.Section));
            blocks.Add(d.Samples.Count == 0
                ? new Paragraph("本期工单均为保密件，不列举。") { Indent = true }
                : new Table([new("工单编号", 0.2), new("登记时间", 0.18), new("诉求摘要", 0.62)],
                    d.Samples.Select(s => (IReadOnlyList<string>)[s.CaseNumber, ChinaTime.Format(s.RegisteredAtUtc), SampleText.Of(s.Text)]).ToList()));
        }
        blocks.Add(new Paragraph("说明：统计不含无效来电和已并入其他工单的诉求；高频诉求按工单内容分词统计出现的工单数" +
            (d.Capped ? $"，取期间内最近 {HotspotAnalysis.MaxCasesRead} 件" : "") + "；典型工单中的电话、证件等号码已隐去，保密件不列举。") { Indent = true });
        return new Document(blocks) { Title = title, Header = title, Face = FontFace.Sans };
    }

    private static string Summary(TopicReportData d)
    {
        if (d.Cases == 0)
            return $"本期未受理“{d.Subject}”相关诉求（上一同长期间 {d.PreviousCases} 件）。";
        var change = d.PreviousCases == 0 ? "上一同长期间无受理" : $"较上一同长期间（{d.PreviousCases} 件）{Change(d.Cases, d.PreviousCases)}";
        var satisfaction = d.SatisfactionRate is { } r ? $"办结回访评价 {d.Rated} 件，满意率 {r * 100:0.0}%。" : "本期办结工单尚无回访评价。";
        return $"本期受理“{d.Subject}”相关诉求 {d.Cases} 件，{change}。其中已办结 {d.Closed} 件，在办 {d.Open} 件，受理环节直接办结 {d.ClosedAtIntake} 件。" +
               $"{satisfaction}主要来自{string.Join("、", d.Breakdown.Take(3).Select(b => $"{b.Name}（{b.Cases} 件）"))}。" +
               (d.Topics.Count > 0 ? $"反映集中的问题有：{string.Join("、", d.Topics.Take(5).Select(t => t.Phrase))}。" : "");
    }

    private static string Change(int now, int before)
    {
        var pct = (now - before) * 100.0 / before;
        return pct switch { > 0 => $"上升 {pct:0.0}%", < 0 => $"下降 {-pct:0.0}%", _ => "持平" };
    }

    private static Table Shares(string name, IEnumerable<CountLine> lines, int total) =>
        new([new(name, 0.6), new("工单数", 0.2, TextAlign.Right), new("占比", 0.2, TextAlign.Right)],
            lines.Select(l => (IReadOnlyList<string>)[l.Name, l.Cases.ToString(), $"{l.Cases * 100.0 / total:0.0}%"]).ToList());
}
