namespace Hotline.Platform.Documents.Fonts;

/// <summary>
/// Where the CJK TrueType fonts live. Bound from configuration section <c>Documents:Fonts</c>;
/// defaults are the Debian package paths.
/// </summary>
public sealed class DocumentFontOptions
{
    public const string Section = "Documents:Fonts";

    /// <summary>Sans face (黑体-like), from apt package <c>fonts-wqy-microhei</c>. May be .ttf or .ttc (face 0 is used).</summary>
    public string SansPath { get; set; } = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /// <summary>Serif face (宋体/明体-like), from apt package <c>fonts-arphic-uming</c>. May be .ttf or .ttc (face 0 is used).</summary>
    public string SerifPath { get; set; } = "/usr/share/fonts/truetype/arphic/uming.ttc";
}
