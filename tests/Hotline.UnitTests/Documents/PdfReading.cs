using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Hotline.UnitTests.Documents;

/// <summary>Reads rendered PDFs back the way a person reads a page: lines of text, cells split at wide gaps.</summary>
internal static class PdfReading
{
    public static IReadOnlyList<Page> Pages(PdfDocument pdf) => pdf.GetPages().ToList();

    /// <summary>Horizontal glyphs only: the watermark is drawn rotated and is not part of the content.</summary>
    public static IEnumerable<Letter> HorizontalLetters(Page page) =>
        page.Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrWhiteSpace(l.Value));

    /// <summary>Printed lines top to bottom, each split into runs at gaps wider than 6 pt (table cell borders).</summary>
    public static IEnumerable<string> TextRuns(Page page)
    {
        foreach (var line in HorizontalLetters(page).GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key))
        {
            var run = new StringBuilder();
            Letter? previous = null;
            foreach (var letter in line.OrderBy(l => l.StartBaseLine.X))
            {
                if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > 6 && run.Length > 0)
                {
                    yield return run.ToString();
                    run.Clear();
                }
                run.Append(letter.Value);
                previous = letter;
            }
            if (run.Length > 0)
                yield return run.ToString();
        }
    }

    /// <summary>A page's horizontal text (spaces included) in content-stream order, without the watermark.</summary>
    public static string Text(Page page) =>
        string.Concat(page.Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal).Select(l => l.Value));

    /// <summary>Where the rasterised samples go: HOTLINE_PDF_SAMPLE_DIR, else artifacts/pdf-samples at the repository root (kept by CI).</summary>
    public static string SampleDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("HOTLINE_PDF_SAMPLE_DIR");
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hotline.Blazor.sln")))
                return Path.Combine(dir.FullName, "artifacts", "pdf-samples");
        }
        return Path.Combine(Path.GetTempPath(), "hotline-pdf-samples");
    }

    /// <summary>Rasterises every page with pdftoppm as &lt;name&gt;-N.png and returns the PNG paths.</summary>
    public static IReadOnlyList<string> Rasterise(byte[] pdf, string name, int dpi = 60)
    {
        var dir = SampleDirectory();
        Directory.CreateDirectory(dir);
        foreach (var old in Directory.GetFiles(dir, name + "*"))
            File.Delete(old);
        var pdfPath = Path.Combine(dir, name + ".pdf");
        File.WriteAllBytes(pdfPath, pdf);
        using var process = System.Diagnostics.Process.Start("pdftoppm", ["-png", "-r", dpi.ToString(), pdfPath, Path.Combine(dir, name)]);
        if (!process.WaitForExit(120_000))
            throw new TimeoutException("pdftoppm did not finish in 2 minutes.");
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"pdftoppm exited with {process.ExitCode}.");
        return Directory.GetFiles(dir, name + "*.png").Order(StringComparer.Ordinal).ToList();
    }
}
