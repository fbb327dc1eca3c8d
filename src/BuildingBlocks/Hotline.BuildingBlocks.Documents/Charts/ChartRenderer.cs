using Hotline.Platform.Documents.Fonts;
using ScottPlot;

namespace Hotline.Platform.Documents.Charts;

/// <summary>
/// Draws a <see cref="Chart"/> to PNG with ScottPlot in the documents' CJK sans face, for a <c>Picture</c> block.
/// Stateless; the font is registered with ScottPlot once per process.
/// </summary>
public static class ChartRenderer
{
    private const string FontName = "HotlineSans";
    private static readonly Lock Gate = new();
    private static bool fontRegistered;

    private static readonly Color[] Palette =
    [
        Color.FromHex("#1E5AA8"), Color.FromHex("#C8102E"), Color.FromHex("#2E8B57"),
        Color.FromHex("#E08A00"), Color.FromHex("#6A4C93"), Color.FromHex("#4D4D4D"),
    ];

    /// <param name="width">Pixels; print at about 150 dpi (e.g. 1000 × 560 for a 170 mm wide figure).</param>
    public static byte[] Png(Chart chart, int width = 1000, int height = 560)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 100);
        var plot = new Plot();
        plot.Font.Set(RegisteredFont());
        plot.Title(chart.Title, size: 22);
        if (chart.ValueAxisLabel is { } label)
            plot.YLabel(label, size: 16);
        var scale = chart.Percent ? 100.0 : 1.0;
        if (chart.Kind == ChartKind.Bar)
            AddBars(plot, chart, scale);
        else
            AddLines(plot, chart, scale);
        var positions = Enumerable.Range(0, chart.Categories.Count).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.SetTicks(positions, chart.Categories.ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontSize = chart.Categories.Count > 8 ? 12 : 14;
        if (chart.Categories.Count > 8)
            plot.Axes.Bottom.TickLabelStyle.Rotation = -35;
        plot.Axes.Bottom.TickLabelStyle.Alignment = chart.Categories.Count > 8 ? Alignment.MiddleRight : Alignment.UpperCenter;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        if (chart.Series.Count > 1)
            plot.ShowLegend(Alignment.UpperRight);
        if (chart.Percent)
            plot.Axes.SetLimitsY(0, 105);
        else
            plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsX(-0.6, Math.Max(chart.Categories.Count - 0.4, 0.4));
        return plot.GetImage(width, height).GetImageBytes(ImageFormat.Png);
    }

    private static void AddBars(Plot plot, Chart chart, double scale)
    {
        var groups = chart.Series.Count;
        var barWidth = 0.8 / Math.Max(groups, 1);
        for (var s = 0; s < groups; s++)
        {
            var series = chart.Series[s];
            var bars = new List<Bar>();
            for (var i = 0; i < chart.Categories.Count && i < series.Values.Count; i++)
            {
                if (series.Values[i] is not { } v)
                    continue;
                bars.Add(new Bar
                {
                    Position = i - 0.4 + barWidth * (s + 0.5),
                    Value = v * scale,
                    Size = barWidth * 0.9,
                    FillColor = Palette[s % Palette.Length],
                });
            }
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = series.Name;
        }
    }

    private static void AddLines(Plot plot, Chart chart, double scale)
    {
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var xs = new List<double>();
            var ys = new List<double>();
            for (var i = 0; i < chart.Categories.Count && i < series.Values.Count; i++)
            {
                xs.Add(i);
                ys.Add(series.Values[i] is { } v ? v * scale : double.NaN);
            }
            var line = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), Palette[s % Palette.Length]);
            line.LineWidth = 3;
            line.MarkerSize = 8;
            line.LegendText = series.Name;
        }
    }

    private static string RegisteredFont()
    {
        lock (Gate)
        {
            if (!fontRegistered)
            {
                var path = PdfFonts.SansPath
                    ?? throw new InvalidOperationException("PdfFonts.EnsureInitialized must run at start-up before charts are drawn.");
                ScottPlot.Fonts.AddFontFile(FontName, path);
                fontRegistered = true;
            }
            return FontName;
        }
    }
}
