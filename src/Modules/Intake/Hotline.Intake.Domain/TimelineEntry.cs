namespace Hotline.Intake.Domain;

/// <summary>A step on the case's timeline at intake. Public entries are shown to the caller's progress lookup.</summary>
internal sealed class TimelineEntry
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public DateTime AtUtc { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string? Detail { get; set; }

    /// <summary>Shown to the caller; carries no staff names or internal notes.</summary>
    public bool IsPublic { get; set; }
    public string? PublicText { get; set; }
}
