namespace Hotline.Platform.Rules;

/// <summary>
/// A step a module records on the case's flow sheet (工作流转单) in a table of its own: who did what and when, and the
/// deadline the step was measured against. Intake reads every module's steps through their contracts to print the sheet.
/// </summary>
public abstract class FlowSheetStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public DateTime AtUtc { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string? Detail { get; set; }
    public DateTime? DueUtc { get; set; }
    public bool? OnTime { get; set; }
}
