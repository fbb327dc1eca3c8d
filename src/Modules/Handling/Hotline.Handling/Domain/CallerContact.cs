using Hotline.Handling.Contracts;

namespace Hotline.Handling.Domain;

/// <summary>联系诉求人: a contact attempt, or the notice of the result after replying.</summary>
internal sealed class CallerContact
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AssignmentId { get; set; }
    public Guid CaseId { get; set; }
    public DateTime ContactedAtUtc { get; set; }
    public ContactMethod Method { get; set; }
    public bool Reached { get; set; }
    public string? Note { get; set; }

    /// <summary>True for the contact that told the caller the result (within 1 day after completion).</summary>
    public bool IsResultNotice { get; set; }

    public DateTime RecordedAtUtc { get; set; }
    public string RecordedBy { get; set; } = "";
}
