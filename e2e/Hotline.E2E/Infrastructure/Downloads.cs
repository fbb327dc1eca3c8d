using System.Text;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Hotline.E2E.Infrastructure;

/// <summary>Files the app hands to the browser, read the way a person would read them.</summary>
public static class Downloads
{
    /// <summary>Clicks <paramref name="button"/>, waits for the browser's download and returns the file's name and bytes.</summary>
    public static async Task<(string FileName, byte[] Content)> DownloadAsync(IPage page, ILocator button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync(), new() { Timeout = 60_000 });
        await using var stream = await download.CreateReadStreamAsync();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return (download.SuggestedFilename, buffer.ToArray());
    }

    /// <summary>The text of every page of a PDF, page after page, without spaces (CJK text is laid out glyph by glyph).</summary>
    public static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
            text.AppendLine(page.Text);
        return text.ToString().Replace(" ", "");
    }
}
