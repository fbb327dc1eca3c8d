namespace Hotline.Handling.Domain;

/// <summary>A file a unit attached while handling (photos, written explanations); stored by content hash.</summary>
internal sealed class HandlingAttachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AssignmentId { get; set; }
    public Guid CaseId { get; set; }
    public Guid? NoteId { get; set; }
    public Guid? ReplyId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public DateTime UploadedAtUtc { get; set; }
    public string UploadedBy { get; set; } = "";
}
