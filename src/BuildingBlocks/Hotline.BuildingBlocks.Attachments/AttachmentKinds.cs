namespace Hotline.Platform.Attachments;

/// <summary>
/// What a caller of <see cref="AttachmentStore.StageAsync"/> accepts. Case material (callers' uploads, units' notes and
/// responses) stays images and PDF, the default; a module opts in to Office documents where staff publish forms for
/// others to fill in (the knowledge base's 办事表格).
/// </summary>
[Flags]
public enum AttachmentKinds
{
    /// <summary>JPG, PNG, GIF, WEBP, BMP and PDF.</summary>
    ImagesAndPdf = 1,

    /// <summary>Word (.docx) and Excel (.xlsx) without macros; legacy .doc/.xls and encrypted documents are not among them.</summary>
    OfficeDocuments = 2,
}
