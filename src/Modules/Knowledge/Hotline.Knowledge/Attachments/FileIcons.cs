using Hotline.Platform.Attachments;
using MudBlazor;

namespace Hotline.Knowledge.Attachments;

/// <summary>An attachment's icon by what it is, so a reader tells the 申请表 to fill in from the policy PDF at a glance.</summary>
internal static class FileIcons
{
    public static string For(string contentType) => contentType switch
    {
        AttachmentTypes.WordContentType => Icons.Custom.FileFormats.FileWord,
        AttachmentTypes.ExcelContentType => Icons.Custom.FileFormats.FileExcel,
        "application/pdf" => Icons.Custom.FileFormats.FilePdf,
        _ when contentType.StartsWith("image/", StringComparison.Ordinal) => Icons.Custom.FileFormats.FileImage,
        _ => Icons.Material.Filled.InsertDriveFile,
    };
}
