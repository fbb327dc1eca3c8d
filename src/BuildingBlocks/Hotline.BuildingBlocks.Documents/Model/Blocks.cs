namespace Hotline.Platform.Documents.Model;

/// <summary>One piece of the document flow, laid out top to bottom.</summary>
public abstract record Block;

public enum HeadingLevel
{
    /// <summary>The document title: large, bold, centred (e.g. "工作流转单").</summary>
    Title,
    /// <summary>A section heading: bold, left-aligned (e.g. "一、办理过程").</summary>
    Section,
}

public sealed record Heading(string Text, HeadingLevel Level = HeadingLevel.Title) : Block;

public enum TextSize { Small, Normal, Large }

public enum TextAlign { Left, Center, Right }

/// <summary>Wrapped text with Chinese line breaking. <see cref="Indent"/> gives 首行缩进 of two characters.</summary>
public sealed record Paragraph(string Text) : Block
{
    public TextSize Size { get; init; } = TextSize.Normal;
    public bool Bold { get; init; }
    public TextAlign Align { get; init; } = TextAlign.Left;
    public bool Indent { get; init; }
}

/// <summary>
/// A bordered label/value grid (受理编号 | 2026…). <see cref="PairsPerRow"/> 2 puts two pairs side by
/// side as paper forms do; a value is wrapped inside its cell.
/// </summary>
public sealed record KeyValueTable(IReadOnlyList<KeyValuePair<string, string>> Pairs) : Block
{
    public int PairsPerRow { get; init; } = 1;

    /// <summary>Share of one pair's width given to the label.</summary>
    public double KeyWidth { get; init; } = 0.28;
}

/// <summary>A column: header text and its share of the table width (fractions are normalised).</summary>
public sealed record TableColumn(string Header, double Width, TextAlign Align = TextAlign.Left);

/// <summary>
/// A bordered table. The header row is repeated at the top of every page the table spans; a row
/// taller than the space left on a page is split between lines and continues on the next page.
/// </summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>The seal/signature block at the foot of a form: "单位（盖章）" with room for the stamp, and a date line.</summary>
public sealed record SignatureArea : Block
{
    public string SealLabel { get; init; } = "单位（盖章）：";
    public string DateLabel { get; init; } = "日期：";

    /// <summary>Printed after the date label; empty leaves "年 月 日" to be filled in by hand.</summary>
    public string? Date { get; init; }
}

public sealed record HorizontalRule : Block;

/// <summary>
/// The red masthead of an official notice (红头): the issuing body's name large and red, centred, over a red rule
/// across the page, e.g. "县12345政务服务便民热线督办单".
/// </summary>
public sealed record RedHeader(string Text) : Block;

public sealed record Spacer(double HeightMm) : Block;

/// <summary>The next block starts on a new page (e.g. between the notices of a batch print).</summary>
public sealed record PageBreak : Block;

/// <summary>
/// A picture (PNG), e.g. a chart, centred at the given size; <see cref="Caption"/> is printed under it
/// (图 1 …). It moves to the next page whole when it does not fit.
/// </summary>
public sealed record Picture(byte[] Png, double WidthMm, double HeightMm) : Block
{
    public string? Caption { get; init; }
}
