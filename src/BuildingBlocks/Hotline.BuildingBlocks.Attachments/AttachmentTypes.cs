namespace Hotline.Platform.Attachments;

/// <summary>
/// Accepts images and PDF by their first bytes, not by the browser's claim; the name must carry an allowed extension
/// too, and a file is stored and served under the extension of what its content is (a PNG named .jpg is kept as .png),
/// so no name a user chose (照片.bat) ever reaches a download.
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

    public const string RefusedMessage = "只能上传图片（JPG、PNG、GIF、WEBP、BMP）或 PDF 文件，文件内容与类型不符的将被拒绝。";

    /// <summary>Extensions a name may carry; any of them is renamed to the content's own extension.</summary>
    private static readonly string[] AllowedExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".pdf"];

    public static bool HasAllowedExtension(string fileName) =>
        AllowedExtensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    /// <summary>The name with the extension of the detected content type (unknown types keep the name, to be refused elsewhere).</summary>
    public static string WithContentExtension(string fileName, string contentType)
    {
        var extension = Known.FirstOrDefault(k => k.ContentType == contentType).Extension;
        if (extension is null)
            return fileName;
        var stem = Path.GetFileNameWithoutExtension(fileName);
        return (string.IsNullOrWhiteSpace(stem) ? "附件" : stem) + extension;
    }

    /// <returns>The detected content type, or null when the content is not an accepted type.</returns>
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

    public static int HeaderLength => Known.Max(k => k.Magic.Length);
}
