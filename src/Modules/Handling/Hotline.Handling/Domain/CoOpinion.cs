namespace Hotline.Handling.Domain;

/// <summary>协办意见: a co-handling unit's opinion to the lead unit.</summary>
internal sealed class CoOpinion
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AssignmentId { get; set; }
    public Guid LeadAssignmentId { get; set; }
    public Guid CaseId { get; set; }
    public Guid UnitId { get; set; }
    public string Text { get; set; } = "";
    public DateTime SubmittedAtUtc { get; set; }
    public string SubmittedBy { get; set; } = "";
}
