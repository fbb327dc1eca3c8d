namespace Hotline.Intake.Domain;

/// <summary>A file attached at intake, stored once under the data directory by its SHA-256.</summary>
internal sealed class CaseAttachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public DateTime UploadedAtUtc { get; set; }
    public string UploadedBy { get; set; } = "";
}
