namespace Hotline.Platform.Documents.Rendering;

/// <summary>A font as the layout asks for it; resolved to an XFont once per render.</summary>
internal readonly record struct FontSpec(FontFace Face, double Size, bool Bold);

/// <summary>What layout produces and drawing consumes, in points from the page's top-left corner.</summary>
internal abstract record DrawOp;

/// <summary><paramref name="Top"/> is the top of the line box; the text is centred in <paramref name="LineHeight"/>.</summary>
internal sealed record TextOp(double X, double Top, double LineHeight, string Text, FontSpec Font, bool Red = false) : DrawOp;

internal sealed record LineOp(double X1, double Y1, double X2, double Y2, double Width, bool Red = false) : DrawOp;

internal sealed record ImageOp(double X, double Y, double Width, double Height, byte[] Png) : DrawOp;

internal sealed record ShadeOp(double X, double Y, double Width, double Height) : DrawOp;

internal sealed class LaidOutPage
{
    public List<DrawOp> Ops { get; } = [];
}
