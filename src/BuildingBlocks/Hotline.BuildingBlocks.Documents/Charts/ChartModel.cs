namespace Hotline.Platform.Documents.Charts;

/// <summary>One named series; a null value is drawn as a gap (no data), never as zero.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

public enum ChartKind
{
    /// <summary>Grouped bars, one group per category (e.g. units), one bar per series.</summary>
    Bar,
    /// <summary>Lines over the categories in order (e.g. months).</summary>
    Line,
}

/// <summary>
/// A chart for a printed report: categories along the bottom, values up the side. Percent formats the value axis
/// as 0–100 % for rates given as fractions.
/// </summary>
public sealed record Chart(ChartKind Kind, string Title, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    public bool Percent { get; init; }
    public string? ValueAxisLabel { get; init; }
}
