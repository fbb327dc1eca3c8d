namespace Hotline.Handling.Domain;

/// <summary>A Handling step on the case's flow sheet.</summary>
internal sealed class HandlingTimelineEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid? AssignmentId { get; set; }
    public Guid? UnitId { get; set; }
    public DateTime AtUtc { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string? Detail { get; set; }
    public DateTime? DueUtc { get; set; }
    public bool? OnTime { get; set; }
}
