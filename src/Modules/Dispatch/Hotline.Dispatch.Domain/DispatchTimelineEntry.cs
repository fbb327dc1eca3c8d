namespace Hotline.Dispatch.Domain;

/// <summary>A Dispatch step on the case's flow sheet: dispatch, reassignment, sub-dispatch, return and its review.</summary>
internal sealed class DispatchTimelineEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public DateTime AtUtc { get; set; }
    public string Actor { get; set; } = "";
    public Guid? UnitId { get; set; }
    public string Action { get; set; } = "";
    public string? Detail { get; set; }
    public DateTime? DueUtc { get; set; }
    public bool? OnTime { get; set; }
}
