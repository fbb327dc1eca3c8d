namespace Hotline.Dispatch.Domain;

/// <summary>A Dispatch step on the case's flow sheet: dispatch, reassignment, sub-dispatch, return and its review.</summary>
internal sealed class DispatchTimelineEntry : FlowSheetStep
{
    /// <summary>The unit the step concerns (dispatched to, returning, …).</summary>
    public Guid? UnitId { get; set; }
}
