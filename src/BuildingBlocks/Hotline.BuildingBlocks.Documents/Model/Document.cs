namespace Hotline.Platform.Documents.Model;

/// <summary>
/// A printable document as a module describes it: page setup plus a flow of blocks. The renderer
/// paginates it; modules never deal with coordinates. Lengths are in millimetres.
/// </summary>
public sealed record Document(IReadOnlyList<Block> Blocks)
{
    /// <summary>PDF metadata title (also the suggested download name).</summary>
    public string Title { get; init; } = "";

    public PageOrientation Orientation { get; init; } = PageOrientation.Portrait;

    public PageMargins Margins { get; init; } = PageMargins.Default;

    /// <summary>Small text centred above the body on every page (e.g. the hotline's name).</summary>
    public string? Header { get; init; }

    /// <summary>When true, every page's footer reads "第 N 页 / 共 M 页".</summary>
    public bool PageNumbers { get; init; } = true;

    /// <summary>Light diagonal text behind the content of every page, e.g. "内部资料".</summary>
    public string? Watermark { get; init; }

    /// <summary>Body face; headings follow it too. Government forms usually use serif (宋体).</summary>
    public FontFace Face { get; init; } = FontFace.Serif;
}

public enum PageOrientation { Portrait, Landscape }

public enum FontFace { Serif, Sans }

/// <summary>Margins in millimetres. The header and footer sit inside the top and bottom margins.</summary>
public sealed record PageMargins(double Top, double Right, double Bottom, double Left)
{
    public static PageMargins Default { get; } = new(25, 20, 25, 20);
}
