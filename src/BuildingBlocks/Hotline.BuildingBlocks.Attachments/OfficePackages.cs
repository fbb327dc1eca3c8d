using System.Buffers.Binary;
using System.IO.Compression;
using System.Xml;

namespace Hotline.Platform.Attachments;

/// <summary>
/// Tells a Word (.docx) or Excel (.xlsx) document from any other ZIP by its parts, never by its name: the package's
/// <c>[Content_Types].xml</c> must declare the main part under the name Word, Excel, WPS and LibreOffice all write
/// (<c>word/document.xml</c>, <c>xl/workbook.xml</c>) with the main content type, and that part must be there.
/// Macro-enabled documents (a <c>vbaProject.bin</c> part, or any macroEnabled content type) are refused even when
/// named .docx: a form downloaded from the knowledge base must not carry code. Legacy and encrypted documents are OLE
/// files (D0 CF 11 E0), not ZIPs, and never get here.
/// </summary>
internal static class OfficePackages
{
    public const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A ZIP's local file header: the first bytes that send a file here for a look inside.</summary>
    public static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

    // Real documents have tens of parts (a few hundred with many images or sheets) and a [Content_Types].xml of a few
    // KB; the caps keep a crafted ZIP (a huge central directory, a content-types part that inflates to gigabytes) from
    // costing more than a glance.
    public const int MaxEntries = 5_000;
    public const int MaxContentTypesBytes = 256 * 1024;

    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly (string ContentType, string MainPart, string MainPartType)[] Documents =
    [
        (WordContentType, "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        (ExcelContentType, "xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    ];

    /// <param name="package">A seekable stream over the whole file, starting with <see cref="ZipMagic"/>.</param>
    /// <returns>The document's content type, or null when it is not a macro-free .docx or .xlsx.</returns>
    public static string? Detect(Stream package)
    {
        try
        {
            // Checked before ZipArchive reads the central directory, which it reads whole (and then holds it to this count).
            if (DeclaredEntries(package) is not (> 0 and <= MaxEntries))
                return null;
            package.Position = 0;
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            var parts = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            // Part names are case-insensitive and unique in a package: two of one name is not a document, and might be
            // read one way here and another way by Word.
            if (parts.Count != zip.Entries.Count || parts.Any(p => Path.GetFileName(p).Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
                return null;
            if (zip.GetEntry("[Content_Types].xml") is not { } entry || ContentTypes(entry) is not { } declared)
                return null;
            if (declared.Any(d => d.ContentType.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)
                    || d.ContentType.Equals("application/vnd.ms-office.vbaProject", StringComparison.OrdinalIgnoreCase)))
                return null;
            var matches = Documents.Where(doc => parts.Contains(doc.MainPart) && declared.Any(d =>
                    string.Equals(d.PartName, "/" + doc.MainPart, StringComparison.OrdinalIgnoreCase) && d.ContentType == doc.MainPartType))
                .ToList();
            // A package claiming to be both is not a document anyone made with an office suite.
            return matches.Count == 1 ? matches[0].ContentType : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or NotSupportedException or IOException)
        {
            // Corrupt, ZIP64 where none is needed, an encrypted or oddly compressed entry: not a document we accept.
            return null;
        }
    }

    /// <returns>The <c>Override</c> parts (PartName set) and <c>Default</c> extensions (PartName null) with their content types, or null when too large.</returns>
    private static List<(string? PartName, string ContentType)>? ContentTypes(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxContentTypesBytes)
            return null;
        // The declared length may lie: read at most one byte past the cap, whatever the entry claims.
        var buffer = new byte[MaxContentTypesBytes + 1];
        int read;
        using (var stream = entry.Open())
            read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read > MaxContentTypesBytes)
            return null;

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(new MemoryStream(buffer, 0, read), settings);
        var declared = new List<(string?, string)>();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != ContentTypesNamespace
                || reader.LocalName is not ("Override" or "Default") || reader.GetAttribute("ContentType") is not { } type)
                continue;
            declared.Add((reader.LocalName == "Override" ? reader.GetAttribute("PartName") ?? "" : null, type.Trim()));
        }
        return declared;
    }

    /// <returns>The entry count of the end-of-central-directory record, 0xFFFF for ZIP64, or null when there is none.</returns>
    private static int? DeclaredEntries(Stream package)
    {
        // The record is 22 bytes followed by a comment of at most 65,535 bytes, at the very end of the file.
        const int recordLength = 22;
        var tail = (int)Math.Min(package.Length, recordLength + ushort.MaxValue);
        if (tail < recordLength)
            return null;
        var buffer = new byte[tail];
        package.Seek(-tail, SeekOrigin.End);
        package.ReadExactly(buffer);
        for (var i = tail - recordLength; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(i)) == 0x06054B50)
                return BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(i + 10));
        }
        return null;
    }
}
