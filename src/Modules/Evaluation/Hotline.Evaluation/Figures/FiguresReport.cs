using Hotline.Platform.Organization;
using MiniExcelLibs;

namespace Hotline.Evaluation.Figures;

internal sealed record FiguresRow(string UnitName, UnitEvaluationFigures Figures, double? Composite);

internal sealed record MonthFigures(int Year, int Month, IReadOnlyList<FiguresRow> Rows, double BasicallySatisfiedWeight, string CompositeFormula);

/// <summary>The center's monthly figures per unit (满意度统计), with unit names and an Excel export.</summary>
internal sealed class FiguresReport(IEvaluationFigures figures, EvaluationSettingsService settings, IUnitDirectory units, AccessGate gate)
{
    public async Task<MonthFigures> MonthAsync(int year, int month, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(EvaluationRoles.FigureReaders);
        var first = new DateOnly(year, month, 1);
        var perUnit = await figures.PerUnitAsync(ChinaTime.StartOfDayUtc(first), ChinaTime.StartOfDayUtc(first.AddMonths(1)), cancellationToken);
        var s = await settings.GetAsync(cancellationToken);
        var names = (await units.GetUnitsAsync(perUnit.Select(f => f.UnitId), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var rows = perUnit
            .Select(f => new FiguresRow(names.GetValueOrDefault(f.UnitId, "（未知单位）"), f, FigureCalculator.Composite(f, s)))
            .OrderByDescending(r => r.Figures.Revisited).ThenBy(r => r.UnitName, StringComparer.Ordinal).ToList();
        var formula = $"综合 = {s.ResponseWeight:0.##}×回访响应率 + {s.ResolutionWeight:0.##}×解决率 + {s.SatisfactionWeight:0.##}×满意率（回访设置中的权重）。";
        return new MonthFigures(year, month, rows, s.BasicallySatisfiedWeight, formula);
    }

    public async Task<MemoryStream> ExportAsync(int year, int month, CancellationToken cancellationToken = default)
    {
        var data = await MonthAsync(year, month, cancellationToken);
        var sheet = data.Rows.Select(r => new Dictionary<string, object?>
        {
            ["承办单位"] = r.UnitName,
            ["有效回访"] = r.Figures.Revisited,
            ["按时联系"] = r.Figures.ContactedOnTime,
            ["已解决"] = r.Figures.Resolved,
            ["满意（含非常满意）"] = r.Figures.Satisfied,
            ["基本满意"] = r.Figures.BasicallySatisfied,
            ["不满意（含非常不满意）"] = r.Figures.Dissatisfied,
            ["重办件数"] = r.Figures.Redone,
            ["二次评价件数"] = r.Figures.SecondRatings,
            ["回访响应率"] = Percent(r.Figures.ResponseRate),
            ["解决率"] = Percent(r.Figures.ResolutionRate),
            ["满意率"] = Percent(r.Figures.SatisfactionRate),
            ["综合得分"] = r.Composite is { } c ? Math.Round(c * 100, 2) : null,
        }).ToList();
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: $"{year}年{month}月", cancellationToken: cancellationToken);
        stream.Position = 0;
        return stream;
    }

    public static string Percent(double? rate) => rate is { } r ? $"{r * 100:0.0}%" : "—";
}
