using Hotline.Assessment.Sheets.Model;

namespace Hotline.Assessment.Sheets.Pages;

/// <summary>How figures read on the pages and in print: one decimal of a percent, "—" when nothing was counted.</summary>
internal static class FigureText
{
    public static string Percent(FigureValue f) => f.Rate is { } r ? (r * 100).ToString("0.0") + "%" : "—";

    public static string Counts(FigureValue f) =>
        f.Denominator == 0 ? "无" : $"{(f.Numerator % 1 == 0 ? f.Numerator.ToString("0") : f.Numerator.ToString("0.##"))}/{f.Denominator}";

    public static string Score(double? score) => score is { } s ? s.ToString("0.00") : "—";

    public static string Rank(UnitAssessment u) => u.RankInTier is { } r ? $"第 {r} 名 / 共 {u.TierSize} 个" : "—";
}
