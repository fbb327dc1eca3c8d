using System.Text;
using Hotline.Platform;
using Hotline.Platform.Attachments;
using Hotline.Testing;

namespace Hotline.UnitTests.Platform;

/// <summary>
/// Word and Excel documents are told by their parts, never by their names; macro-enabled, legacy and encrypted documents
/// and any other ZIP are refused; the look inside a ZIP is capped; callers that do not opt in refuse them all.
/// </summary>
public sealed class OfficeDocumentTests : IDisposable
{
    private const AttachmentKinds All = AttachmentKinds.ImagesAndPdf | AttachmentKinds.OfficeDocuments;

    private readonly string _uploads = Path.Combine(Path.GetTempPath(), "hotline-office-" + Guid.NewGuid().ToString("N"));

    private static string? Detect(byte[] file) => OfficePackages.Detect(new MemoryStream(file));

    private Task<StagedAttachment> StageAsync(byte[] content, string fileName, AttachmentKinds kinds = All) =>
        new AttachmentStore(new AttachmentStorage(_uploads)).StageAsync(new MemoryStream(content), fileName, content.Length, kinds);

    [Fact]
    public void A_real_docx_and_xlsx_are_recognised_by_their_main_part()
    {
        Assert.Equal(AttachmentTypes.WordContentType, Detect(OfficeFiles.Docx()));
        Assert.Equal(AttachmentTypes.ExcelContentType, Detect(OfficeFiles.Xlsx()));
        // The first bytes only send a ZIP for a look inside, and only for a caller accepting Office documents.
        Assert.Equal(AttachmentTypes.PackageToInspect, AttachmentTypes.Detect(OfficeFiles.Docx(), All));
        Assert.Null(AttachmentTypes.Detect(OfficeFiles.Docx(), AttachmentKinds.ImagesAndPdf));
        Assert.Null(AttachmentTypes.Detect(OfficeFiles.Docx()));
    }

    [Fact]
    public void Macro_enabled_documents_are_refused_by_their_type_or_their_vba_part()
    {
        Assert.Null(Detect(OfficeFiles.Docm()));
        // A vbaProject.bin slipped into an otherwise plain .docx.
        Assert.Null(Detect(OfficeFiles.Package(OfficeFiles.ContentTypes(("/word/document.xml", OfficeFiles.WordMain)),
            ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"),
            ("word/vbaProject.bin", "VBA"))));
        // A macro-enabled type declared for any part, even without the part.
        Assert.Null(Detect(OfficeFiles.Package(OfficeFiles.ContentTypes(("/word/document.xml", OfficeFiles.WordMain),
                ("/word/extra.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")),
            ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"))));
    }

    [Fact]
    public void Any_other_zip_is_refused()
    {
        Assert.Null(Detect(OfficeFiles.Zip(("说明.txt", "不是文档"), ("word/document.xml", "<document/>"))));
        // The main part declared but missing, or there under another type, or both a document and a workbook.
        Assert.Null(Detect(OfficeFiles.Package(OfficeFiles.ContentTypes(("/word/document.xml", OfficeFiles.WordMain)), ("word/other.xml", "<x/>"))));
        Assert.Null(Detect(OfficeFiles.Package(OfficeFiles.ContentTypes(("/word/document.xml", "application/xml")), ("word/document.xml", "<x/>"))));
        Assert.Null(Detect(OfficeFiles.Package(OfficeFiles.ContentTypes(("/word/document.xml", OfficeFiles.WordMain), ("/xl/workbook.xml", OfficeFiles.ExcelMain)),
            ("word/document.xml", "<x/>"), ("xl/workbook.xml", "<x/>"))));
        // A Word template (.dotx) is not a document to fill in.
        Assert.Null(Detect(OfficeFiles.Package(OfficeFiles.ContentTypes(("/word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")), ("word/document.xml", "<x/>"))));
        // Broken XML or a truncated ZIP.
        Assert.Null(Detect(OfficeFiles.Package("<Types", ("word/document.xml", "<x/>"))));
        Assert.Null(Detect(OfficeFiles.Docx()[..^30]));
    }

    [Fact]
    public void Legacy_and_encrypted_documents_are_not_zips_and_are_refused()
    {
        Assert.Null(AttachmentTypes.Detect(OfficeFiles.Ole(), All));
        Assert.Null(AttachmentTypes.Detect(OfficeFiles.Ole()));
    }

    [Fact]
    public void A_zip_bomb_is_refused_without_reading_it()
    {
        // A content-types part past the cap that deflates to a few hundred bytes; just within it, it is read.
        byte[] Padded(int bytes) => OfficeFiles.Package(OfficeFiles.ContentTypes(("/word/document.xml", OfficeFiles.WordMain))
            .Replace("</Types>", new string(' ', bytes) + "</Types>"), ("word/document.xml", "<x/>"));
        var bomb = Padded(OfficePackages.MaxContentTypesBytes);
        Assert.True(bomb.Length < 10 * 1024);
        Assert.Null(Detect(bomb));
        Assert.Equal(AttachmentTypes.WordContentType, Detect(Padded(OfficePackages.MaxContentTypesBytes - 1024)));

        // More entries than any real document has ([Content_Types].xml and the main part besides these).
        byte[] Crowded(int media) => OfficeFiles.Package(OfficeFiles.ContentTypes(("/word/document.xml", OfficeFiles.WordMain)),
            [("word/document.xml", "<x/>"), .. Enumerable.Range(0, media).Select(i => ($"word/media/{i}.xml", ""))]);
        Assert.Null(Detect(Crowded(OfficePackages.MaxEntries - 1)));
        Assert.Equal(AttachmentTypes.WordContentType, Detect(Crowded(OfficePackages.MaxEntries - 2)));
    }

    [Fact]
    public async Task A_word_form_is_stored_under_its_name_and_a_workbook_named_docx_becomes_xlsx()
    {
        var form = await StageAsync(OfficeFiles.Docx(), "申请表.docx");
        Assert.Equal(("申请表.docx", AttachmentTypes.WordContentType), (form.FileName, form.ContentType));
        var sheet = await StageAsync(OfficeFiles.Xlsx(), "统计表.docx");
        Assert.Equal(("统计表.xlsx", AttachmentTypes.ExcelContentType), (sheet.FileName, sheet.ContentType));
        Assert.Equal("统计表.xlsx", AttachmentTypes.WithContentExtension("统计表.docx", AttachmentTypes.ExcelContentType));
        // Images and PDF are still accepted beside them.
        var pdf = await StageAsync(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"), "办事指南.pdf");
        Assert.Equal("application/pdf", pdf.ContentType);
    }

    [Fact]
    public async Task Refused_documents_name_what_is_accepted_and_leave_no_file_behind()
    {
        var docm = await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(OfficeFiles.Docm(), "表格.docx"));
        Assert.Equal($"文件“表格.docx”被拒绝：{AttachmentTypes.RefusedMessageFor(All)}", docm.Message);
        Assert.Contains("Word（.docx）或 Excel（.xlsx）", docm.Message);
        Assert.Contains("图片", docm.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(OfficeFiles.Ole(), "旧表格.docx"));
        await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(OfficeFiles.Ole(), "旧表格.doc"));
        await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(OfficeFiles.Docm(), "表格.docm"));
        var zip = await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(OfficeFiles.Zip(("a.txt", "a")), "资料.xlsx", AttachmentKinds.OfficeDocuments));
        Assert.Equal("文件“资料.xlsx”被拒绝：只接受 Word（.docx）或 Excel（.xlsx）文档，含宏或内容与类型不符的文件将被拒绝。", zip.Message);

        // A caller that does not opt in refuses a real document as it always did.
        var caseUpload = await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(OfficeFiles.Docx(), "证明.docx", AttachmentKinds.ImagesAndPdf));
        Assert.Equal($"文件“证明.docx”被拒绝：{AttachmentTypes.RefusedMessage}", caseUpload.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(OfficeFiles.Docx(), "证明.pdf", AttachmentKinds.ImagesAndPdf));

        var root = Path.Combine(_uploads, "attachments");
        Assert.Empty(Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories) : []);
    }

    public void Dispose()
    {
        if (Directory.Exists(_uploads))
            Directory.Delete(_uploads, recursive: true);
    }
}
