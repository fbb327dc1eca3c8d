using Hotline.Platform.Documents.Model;
using Hotline.Platform.Downloads;

namespace Hotline.Platform.Documents;

/// <summary>What a page calls to print: renders off the circuit thread, then streams the PDF to the browser.</summary>
public sealed class DocumentDownloads(DocumentRenderer renderer, FileDownloads downloads)
{
    /// <param name="fileName">Chinese is fine (e.g. "工作流转单-2026112500001.pdf"); ".pdf" is added when missing.</param>
    public async Task DownloadAsync(Document document, string fileName, CancellationToken cancellationToken = default)
    {
        var bytes = await renderer.RenderAsync(document, cancellationToken);
        if (!fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            fileName += ".pdf";
        await downloads.SaveAsync(fileName, "application/pdf", new MemoryStream(bytes));
    }
}
