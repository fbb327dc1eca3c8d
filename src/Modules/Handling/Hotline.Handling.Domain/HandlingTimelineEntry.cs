namespace Hotline.Handling.Domain;

/// <summary>A Handling step on the case's flow sheet.</summary>
internal sealed class HandlingTimelineEntry : FlowSheetStep
{
    public Guid? AssignmentId { get; set; }
    public Guid? UnitId { get; set; }
}
