using PdfSharp;
using PdfSharp.Fonts;

namespace Hotline.Platform.Documents.Fonts;

/// <summary>
/// PDFsharp's licence and font resolver are process-wide and may be set only once, so this is the
/// single place that sets them. Called at start-up so that a missing font fails the start, not the
/// first print.
/// </summary>
public static class PdfFonts
{
    private static readonly Lock Gate = new();
    private static bool initialized;

    /// <summary>The sans font file, for the charts (ScottPlot draws with SkiaSharp, which reads .ttc itself).</summary>
    internal static string? SansPath { get; private set; }

    public static bool IsInitialized
    {
        get { lock (Gate) return initialized; }
    }

    /// <summary>Idempotent: the first call wins; later calls (other hosts, tests) are no-ops.</summary>
    public static void EnsureInitialized(DocumentFontOptions options)
    {
        lock (Gate)
        {
            if (initialized)
                return;
            var sans = LoadFace(options.SansPath, "fonts-wqy-microhei");
            var serif = LoadFace(options.SerifPath, "fonts-arphic-uming");
            PdfSharpLicense.SetAgplLicense();
            GlobalFontSettings.FontResolver = new CjkFontResolver(sans, serif);
            SansPath = options.SansPath;
            initialized = true;
        }
    }

    internal static byte[] LoadFace(string path, string aptPackage)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"PDF font file not found: {path}. Install it with 'apt-get install {aptPackage}' " +
                $"or set {DocumentFontOptions.Section} to an existing TrueType (.ttf/.ttc) file. " +
                $"未找到打印字体 {path}，请安装 {aptPackage}。");
        return TrueTypeCollection.ExtractFirstFace(File.ReadAllBytes(path));
    }
}
