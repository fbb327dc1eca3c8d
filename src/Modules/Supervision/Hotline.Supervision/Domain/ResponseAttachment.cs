using Hotline.Platform.Attachments;

namespace Hotline.Supervision.Domain;

/// <summary>A file the unit attached to its 督办回复 (photos of the fix, a written report), kept under its SHA-256 in the attachment store.</summary>
internal sealed class ResponseAttachment
{
    public const int MaxPerResponse = 10;

    private ResponseAttachment() { }

    public Guid Id { get; private set; }
    public Guid SupervisionId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public DateTime UploadedAtUtc { get; private set; }
    public string UploadedBy { get; private set; } = "";

    public static ResponseAttachment Of(Guid supervisionId, StagedAttachment file, string by, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        SupervisionId = supervisionId,
        FileName = file.FileName,
        ContentType = file.ContentType,
        Size = file.Size,
        Sha256 = file.Sha256,
        UploadedAtUtc = nowUtc,
        UploadedBy = by,
    };
}
