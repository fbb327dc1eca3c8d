using Hotline.Platform.Documents.Fonts;
using Hotline.Platform.Documents.Rendering;
using PdfSharp.Drawing;

namespace Hotline.Platform.Documents;

/// <summary>
/// Turns a <see cref="Document"/> into PDF bytes. Stateless and thread-safe: each render has its own
/// fonts and measure context. Fonts must have been initialised at start-up (<see cref="PdfFonts"/>).
/// </summary>
public sealed class DocumentRenderer
{
    /// <summary>Rendering is synchronous CPU work; this keeps it off the caller's (circuit's) thread.</summary>
    public Task<byte[]> RenderAsync(Document document, CancellationToken cancellationToken = default) =>
        Task.Run(() => Render(document), cancellationToken);

    public byte[] Render(Document document)
    {
        if (!PdfFonts.IsInitialized)
            throw new InvalidOperationException("PdfFonts.EnsureInitialized must run at start-up before documents are rendered.");
        var geometry = PageGeometry.For(document);
        using var measure = XGraphics.CreateMeasureContext(new XSize(geometry.Width, geometry.Height), XGraphicsUnit.Point, XPageDirection.Downwards);
        var fonts = new FontSet(measure);
        var pages = DocumentLayout.Run(document, fonts);
        return PdfWriter.Write(document, pages, fonts);
    }
}
