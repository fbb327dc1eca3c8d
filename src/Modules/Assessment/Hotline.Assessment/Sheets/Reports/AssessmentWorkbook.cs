using Hotline.Assessment.Sheets.Model;
using Hotline.Assessment.Sheets.Pages;
using Hotline.Assessment.Sheets.Scoring;
using MiniExcelLibs;

namespace Hotline.Assessment.Sheets.Reports;

/// <summary>The same sheet as .xlsx: the ranking, every figure with numerator and denominator, and the definitions.</summary>
internal static class AssessmentWorkbook
{
    public static async Task<byte[]> BuildAsync(AssessmentSheet sheet, CancellationToken ct)
    {
        var ranking = sheet.Units.Select(u =>
        {
            var row = new Dictionary<string, object?>
            {
                ["档次"] = SheetScoring.TierName(u.Tier), ["排名"] = u.RankInTier, ["单位"] = u.UnitName,
            };
            foreach (var f in u.Figures)
                row[FigureDefinitions.Of(f.Kind).Name] = f.Rate is { } r ? Math.Round(r * 100, 1) : null;
            row["提醒督办"] = u.Supervisions.Reminder;
            row["书面督办"] = u.Supervisions.Notice;
            row["领导督办"] = u.Supervisions.Leader;
            row["基础分"] = u.BaseScore;
            row["加减分"] = u.AdjustmentTotal;
            row["综合得分"] = u.Score;
            return row;
        }).ToList();
        var counts = sheet.Units.SelectMany(u => u.Figures.Select(f => new Dictionary<string, object?>
        {
            ["单位"] = u.UnitName, ["指标"] = FigureDefinitions.Of(f.Kind).Name, ["分子"] = f.Numerator, ["分母"] = f.Denominator,
            ["比率"] = FigureText.Percent(f),
        })).ToList();
        var definitions = FigureDefinitions.All.Select(d => new Dictionary<string, object?> { ["指标"] = d.Name, ["分子"] = d.Numerator, ["分母"] = d.Denominator }).ToList();
        var sheets = new Dictionary<string, object>
        {
            ["排名"] = ranking,
            ["指标明细"] = counts,
            ["指标口径"] = definitions,
        };
        using var output = new MemoryStream();
        await output.SaveAsAsync(sheets, cancellationToken: ct);
        return output.ToArray();
    }
}
