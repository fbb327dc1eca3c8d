using Hotline.Platform.Documents.Model;

namespace Hotline.IntegrationTests.FlowSheet;

/// <summary>Reads a document model the way the printed page would show it, for assertions on what a viewer gets.</summary>
internal static class DocumentText
{
    public static IEnumerable<string> Texts(Document document)
    {
        if (document.Header is { } header)
            yield return header;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading h: yield return h.Text; break;
                case Paragraph p: yield return p.Text; break;
                case KeyValueTable kv:
                    foreach (var pair in kv.Pairs)
                    {
                        yield return pair.Key;
                        yield return pair.Value;
                    }
                    break;
                case Table t:
                    foreach (var column in t.Columns)
                        yield return column.Header;
                    foreach (var cell in t.Rows.SelectMany(r => r))
                        yield return cell;
                    break;
                case SignatureArea s:
                    yield return s.SealLabel;
                    break;
            }
        }
    }

    public static string All(Document document) => string.Join("\n", Texts(document));

    /// <summary>The value printed next to a label in the case facts grid.</summary>
    public static string Value(Document document, string label) =>
        document.Blocks.OfType<KeyValueTable>().SelectMany(t => t.Pairs).Single(p => p.Key == label).Value;

    public static Table Steps(Document document) => document.Blocks.OfType<Table>().Single();

    /// <summary>Extracts the rendered PDF's text with poppler's pdftotext: an independent reader of what was printed.</summary>
    public static async Task<string> PdfToTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"flow-sheet-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", [path, "-"])
            {
                RedirectStandardOutput = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"pdftotext exited with {process.ExitCode}.");
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
