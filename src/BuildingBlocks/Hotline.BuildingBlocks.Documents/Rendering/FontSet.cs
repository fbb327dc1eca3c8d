using Hotline.Platform.Documents.Fonts;
using PdfSharp.Drawing;

namespace Hotline.Platform.Documents.Rendering;

/// <summary>XFonts for one render, created once per spec; measuring goes through one XGraphics.</summary>
internal sealed class FontSet(XGraphics measureContext)
{
    private readonly Dictionary<FontSpec, XFont> fonts = [];
    private readonly Dictionary<(FontSpec, string), double> widths = [];

    public XFont Get(FontSpec spec)
    {
        if (!fonts.TryGetValue(spec, out var font))
        {
            var family = spec.Face == FontFace.Serif ? CjkFontResolver.Serif : CjkFontResolver.Sans;
            font = new XFont(family, spec.Size, spec.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            fonts[spec] = font;
        }
        return font;
    }

    /// <summary>Cached because the line breaker measures the same characters again and again.</summary>
    public double Measure(string text, FontSpec spec)
    {
        if (text.Length > 8)
            return measureContext.MeasureString(text, Get(spec)).Width;
        if (!widths.TryGetValue((spec, text), out var width))
        {
            width = measureContext.MeasureString(text, Get(spec)).Width;
            widths[(spec, text)] = width;
        }
        return width;
    }

    public Func<string, double> Measurer(FontSpec spec) => text => Measure(text, spec);
}
