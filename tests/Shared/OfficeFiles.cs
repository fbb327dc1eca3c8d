using System.IO.Compression;
using System.Text;

namespace Hotline.Testing;

/// <summary>
/// Minimal but real Word and Excel documents (they open in Word, Excel, WPS and LibreOffice), and their look-alikes the
/// attachment store must refuse, built in memory so no binary fixture sits in the repository.
/// </summary>
public static class OfficeFiles
{
    private const string Types = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    public const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public const string WordMacroMain = "application/vnd.ms-word.document.macroEnabled.main+xml";

    /// <summary>Fixed, so the same call builds the same bytes (and a test never reads the wall clock).</summary>
    private static readonly DateTimeOffset Stamp = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    /// <param name="text">The paragraph's text; a different text gives a different file (and hash).</param>
    public static byte[] Docx(string text = "申请人：________") => Package(
        ContentTypes(("/word/document.xml", WordMain)),
        ("_rels/.rels", RootRels("word/document.xml")),
        ("word/document.xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + $"<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"));

    public static byte[] Xlsx(string sheetName = "申请表") => Package(
        ContentTypes(("/xl/workbook.xml", ExcelMain),
            ("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")),
        ("_rels/.rels", RootRels("xl/workbook.xml")),
        ("xl/workbook.xml",
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + $"<sheets><sheet name=\"{sheetName}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels",
            $"<Relationships xmlns=\"{Relationships}\"><Relationship Id=\"rId1\" "
            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
        ("xl/worksheets/sheet1.xml",
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row></sheetData></worksheet>"));

    /// <summary>A macro-enabled document (.docm) as Word saves it: its own main content type and a vbaProject.bin part.</summary>
    public static byte[] Docm() => Package(
        ContentTypes(("/word/document.xml", WordMacroMain), ("/word/vbaProject.bin", "application/vnd.ms-office.vbaProject")),
        ("_rels/.rels", RootRels("word/document.xml")),
        ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"),
        ("word/vbaProject.bin", "Attribute VB_Name = \"ThisDocument\"\nSub AutoOpen()\nEnd Sub"));

    /// <summary>The start of an OLE compound file: legacy .doc/.xls, and any password-protected Office document.</summary>
    public static byte[] Ole() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

    /// <summary><c>[Content_Types].xml</c> with the usual defaults and the given overrides.</summary>
    public static string ContentTypes(params (string PartName, string ContentType)[] overrides) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"{Types}\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + string.Concat(overrides.Select(o => $"<Override PartName=\"{o.PartName}\" ContentType=\"{o.ContentType}\"/>"))
        + "</Types>";

    public static string RootRels(string mainPart) =>
        $"<Relationships xmlns=\"{Relationships}\"><Relationship Id=\"rId1\" Type=\"{OfficeDocument}\" Target=\"{mainPart}\"/></Relationships>";

    /// <summary>A ZIP with <c>[Content_Types].xml</c> first, as Office writes it, then the parts in order.</summary>
    public static byte[] Package(string contentTypes, params (string Name, string Content)[] parts) =>
        Zip([("[Content_Types].xml", contentTypes), .. parts]);

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = Stamp;
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }
        return buffer.ToArray();
    }
}
