namespace Hotline.Platform.Documents.Rendering;

/// <summary>A4 in points with the document's margins applied.</summary>
internal sealed record PageGeometry(double Width, double Height, double Left, double Top, double Right, double Bottom)
{
    public const double PointsPerMm = 72 / 25.4;

    public double ContentWidth => Right - Left;

    public static PageGeometry For(Document document)
    {
        const double shortSide = 210 * PointsPerMm, longSide = 297 * PointsPerMm;
        var (w, h) = document.Orientation == PageOrientation.Landscape ? (longSide, shortSide) : (shortSide, longSide);
        var m = document.Margins;
        return new PageGeometry(w, h, m.Left * PointsPerMm, m.Top * PointsPerMm, w - m.Right * PointsPerMm, h - m.Bottom * PointsPerMm);
    }
}
