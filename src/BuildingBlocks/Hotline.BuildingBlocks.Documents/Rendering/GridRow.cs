namespace Hotline.Platform.Documents.Rendering;

/// <summary>A cell of a bordered grid; tables and key/value tables both lay out as grids.</summary>
internal sealed record GridCell(string Text, FontSpec Font, TextAlign Align = TextAlign.Left, bool Shaded = false);

/// <summary>A row with its cells already broken into lines for their column widths.</summary>
internal sealed record GridRow(IReadOnlyList<GridCell> Cells, IReadOnlyList<IReadOnlyList<string>> Lines)
{
    public int LineCount => Lines.Max(l => l.Count);
}
