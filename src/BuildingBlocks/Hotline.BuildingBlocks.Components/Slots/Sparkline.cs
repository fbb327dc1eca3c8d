using System.Globalization;

namespace Hotline.Platform.Slots;

/// <summary>The polyline of a small trend chart: one point per value, the largest at the top, zero at the bottom.</summary>
public static class Sparkline
{
    public const int Width = 72;
    public const int Height = 22;

    public static string Points(IReadOnlyList<int> values)
    {
        if (values.Count < 2)
            return "";
        var max = Math.Max(1, values.Max());
        var step = (Width - 2) / (double)(values.Count - 1);
        return string.Join(" ", values.Select((v, i) => string.Create(CultureInfo.InvariantCulture,
            $"{1 + i * step:0.#},{Height - 1 - (Height - 2) * Math.Max(0, v) / (double)max:0.#}")));
    }
}
