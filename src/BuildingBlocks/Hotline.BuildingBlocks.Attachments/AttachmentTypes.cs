namespace Hotline.Platform.Attachments;

/// <summary>
/// Accepts images and PDF by their first bytes, not by the browser's claim, and — for a caller that opts in — Word and
/// Excel documents by their parts (<see cref="OfficePackages"/>); the name must carry an allowed extension too, and a
/// file is stored and served under the extension of what its content is (a PNG named .jpg is kept as .png, a workbook
/// named .docx as .xlsx), so no name a user chose (照片.bat) ever reaches a download.
/// </summary>
public static class AttachmentTypes
{
    private static readonly (string ContentType, string Extension, byte?[] Magic)[] Known =
    [
        ("image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]),
        ("image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("image/gif", ".gif", [0x47, 0x49, 0x46, 0x38]),
        ("image/webp", ".webp", [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]),
        ("image/bmp", ".bmp", [0x42, 0x4D]),
        ("application/pdf", ".pdf", [0x25, 0x50, 0x44, 0x46, 0x2D]),
    ];

    public const string WordContentType = OfficePackages.WordContentType;
    public const string ExcelContentType = OfficePackages.ExcelContentType;

    private static readonly (string ContentType, string Extension)[] Office = [(WordContentType, ".docx"), (ExcelContentType, ".xlsx")];

    /// <summary>Why a file was refused where only images and PDF are accepted (the default).</summary>
    public const string RefusedMessage = "只能上传图片（JPG、PNG、GIF、WEBP、BMP）或 PDF 文件，文件内容与类型不符的将被拒绝。";

    /// <summary>Why a file was refused by a caller accepting <paramref name="kinds"/>: names what it does accept.</summary>
    public static string RefusedMessageFor(AttachmentKinds kinds) =>
        (kinds.HasFlag(AttachmentKinds.ImagesAndPdf), kinds.HasFlag(AttachmentKinds.OfficeDocuments)) switch
        {
            (true, true) => "只能上传图片（JPG、PNG、GIF、WEBP、BMP）、PDF、Word（.docx）或 Excel（.xlsx）文件，含宏的文档和内容与类型不符的文件将被拒绝"
                + "（旧版 .doc、.xls 请另存为 .docx、.xlsx 后上传）。",
            (false, true) => "只接受 Word（.docx）或 Excel（.xlsx）文档，含宏或内容与类型不符的文件将被拒绝。",
            _ => RefusedMessage,
        };

    /// <summary>Extensions a name may carry; any of them is renamed to the content's own extension.</summary>
    private static readonly string[] ImageAndPdfExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".pdf"];

    public static bool HasAllowedExtension(string fileName) => HasAllowedExtension(fileName, AttachmentKinds.ImagesAndPdf);

    public static bool HasAllowedExtension(string fileName, AttachmentKinds kinds)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return (kinds.HasFlag(AttachmentKinds.ImagesAndPdf) && ImageAndPdfExtensions.Contains(extension))
            || (kinds.HasFlag(AttachmentKinds.OfficeDocuments) && Office.Any(o => o.Extension == extension));
    }

    /// <summary>The name with the extension of the detected content type (unknown types keep the name, to be refused elsewhere).</summary>
    public static string WithContentExtension(string fileName, string contentType)
    {
        var extension = Known.FirstOrDefault(k => k.ContentType == contentType).Extension
            ?? Office.FirstOrDefault(o => o.ContentType == contentType).Extension;
        if (extension is null)
            return fileName;
        var stem = Path.GetFileNameWithoutExtension(fileName);
        return (string.IsNullOrWhiteSpace(stem) ? "附件" : stem) + extension;
    }

    /// <returns>The detected content type, or null when the content is not an accepted image or PDF.</returns>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        foreach (var (contentType, _, magic) in Known)
        {
            if (head.Length < magic.Length)
                continue;
            var match = true;
            for (var i = 0; i < magic.Length && match; i++)
                match = magic[i] is null || head[i] == magic[i];
            if (match)
                return contentType;
        }
        return null;
    }

    /// <summary>Stands for a ZIP whose parts are still to be read (<see cref="OfficePackages.Detect"/>) before it is accepted.</summary>
    internal const string PackageToInspect = "application/zip";

    /// <returns>The content type by the first bytes, <see cref="PackageToInspect"/> for a ZIP when Office documents are accepted, or null.</returns>
    internal static string? Detect(ReadOnlySpan<byte> head, AttachmentKinds kinds)
    {
        if (kinds.HasFlag(AttachmentKinds.ImagesAndPdf) && Detect(head) is { } type)
            return type;
        return kinds.HasFlag(AttachmentKinds.OfficeDocuments) && head.StartsWith(OfficePackages.ZipMagic) ? PackageToInspect : null;
    }

    public static int HeaderLength => Known.Max(k => k.Magic.Length);
}
