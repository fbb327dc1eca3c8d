using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Hotline.Platform.Documents.Rendering;

/// <summary>
/// Second pass: draws the laid-out pages with PDFsharp, adding watermark, header and the
/// 第 N 页 / 共 M 页 footer now that the page count is known.
/// </summary>
internal static class PdfWriter
{
    private static readonly XColor WatermarkColor = XColor.FromArgb(45, 120, 120, 120);

    public static byte[] Write(Document document, IReadOnlyList<LaidOutPage> pages, FontSet fonts)
    {
        var geometry = PageGeometry.For(document);
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Creator = "12345 政务服务便民热线";
        pdf.Options.CompressContentStreams = true;
        pdf.Options.NoCompression = false;

        for (var i = 0; i < pages.Count; i++)
        {
            var pdfPage = pdf.AddPage();
            pdfPage.Width = XUnit.FromPoint(geometry.Width);
            pdfPage.Height = XUnit.FromPoint(geometry.Height);
            using var gfx = XGraphics.FromPdfPage(pdfPage);
            if (!string.IsNullOrWhiteSpace(document.Watermark))
                DrawWatermark(gfx, document, geometry, fonts);
            foreach (var op in pages[i].Ops)
                Draw(gfx, op, fonts);
            DrawHeaderAndFooter(gfx, document, geometry, fonts, i + 1, pages.Count);
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>The red of official mastheads (GB/T 9704 asks for red; this is the usual print value).</summary>
    private static readonly XColor Red = XColor.FromArgb(255, 200, 16, 46);
    private static readonly XSolidBrush RedBrush = new(Red);

    private static void Draw(XGraphics gfx, DrawOp op, FontSet fonts)
    {
        switch (op)
        {
            case TextOp t:
                var font = fonts.Get(t.Font);
                // Centre the font's line box inside the layout's (taller) line box.
                gfx.DrawString(t.Text, font, t.Red ? RedBrush : XBrushes.Black, t.X, t.Top + (t.LineHeight - font.GetHeight()) / 2, XStringFormats.TopLeft);
                break;
            case LineOp l:
                gfx.DrawLine(new XPen(l.Red ? Red : XColors.Black, l.Width), l.X1, l.Y1, l.X2, l.Y2);
                break;
            case ImageOp i:
                using (var image = XImage.FromStream(new MemoryStream(i.Png)))
                    gfx.DrawImage(image, i.X, i.Y, i.Width, i.Height);
                break;
            case ShadeOp s:
                gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(255, 236, 236, 236)), s.X, s.Y, s.Width, s.Height);
                break;
        }
    }

    private static void DrawHeaderAndFooter(XGraphics gfx, Document document, PageGeometry geometry, FontSet fonts, int number, int count)
    {
        var small = new FontSpec(document.Face, 9, false);
        var font = fonts.Get(small);
        if (!string.IsNullOrWhiteSpace(document.Header))
        {
            var headerBaseline = geometry.Top - 14;
            var width = fonts.Measure(document.Header, small);
            gfx.DrawString(document.Header, font, XBrushes.Black, geometry.Left + (geometry.ContentWidth - width) / 2, headerBaseline, XStringFormats.BaseLineLeft);
            gfx.DrawLine(new XPen(XColors.Black, 0.5), geometry.Left, headerBaseline + 5, geometry.Right, headerBaseline + 5);
        }
        if (document.PageNumbers)
        {
            var text = $"第 {number} 页 / 共 {count} 页";
            var width = fonts.Measure(text, small);
            gfx.DrawString(text, font, XBrushes.Black, geometry.Left + (geometry.ContentWidth - width) / 2, geometry.Bottom + 24, XStringFormats.BaseLineLeft);
        }
    }

    private static void DrawWatermark(XGraphics gfx, Document document, PageGeometry geometry, FontSet fonts)
    {
        var spec = new FontSpec(document.Face, 64, true);
        var text = document.Watermark!;
        var width = fonts.Measure(text, spec);
        var centre = new XPoint(geometry.Width / 2, geometry.Height / 2);
        var state = gfx.Save();
        gfx.RotateAtTransform(-Math.Atan2(geometry.Height, geometry.Width) * 180 / Math.PI, centre);
        gfx.DrawString(text, fonts.Get(spec), new XSolidBrush(WatermarkColor), centre.X - width / 2, centre.Y, XStringFormats.BaseLineLeft);
        gfx.Restore(state);
    }
}
