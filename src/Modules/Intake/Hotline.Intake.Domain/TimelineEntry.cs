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

    /// <summary>
    /// The other module's fact this step records (e.g. <c>signed:{assignment id}</c>), one step per fact and case: the
    /// inbox knows event ids only, so a fact published again under a new id finds its step here. Null for Intake's own steps.
    /// </summary>
    public string? FactKey { get; set; }
}
