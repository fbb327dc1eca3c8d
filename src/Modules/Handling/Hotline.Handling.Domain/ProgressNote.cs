namespace Hotline.Handling.Domain;

/// <summary>办理过程记录: a progress note of the handling unit, optionally with attachments.</summary>
internal sealed class ProgressNote
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AssignmentId { get; set; }
    public Guid CaseId { get; set; }
    public string Text { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public string By { get; set; } = "";
}
