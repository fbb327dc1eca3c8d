using PdfSharp.Fonts;

namespace Hotline.Platform.Documents.Fonts;

/// <summary>
/// Serves the two CJK faces to PDFsharp. Any unknown family falls back to sans so that a stray
/// family name never fails a print. Neither face has a bold cut, so bold is simulated.
/// </summary>
internal sealed class CjkFontResolver(byte[] sans, byte[] serif) : IFontResolver
{
    public const string Sans = "HotlineSans";
    public const string Serif = "HotlineSerif";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = string.Equals(familyName, Serif, StringComparison.OrdinalIgnoreCase) ? Serif : Sans;
        return new FontResolverInfo(face, bold, italic);
    }

    public byte[]? GetFont(string faceName) =>
        string.Equals(faceName, Serif, StringComparison.Ordinal) ? serif : sans;
}
