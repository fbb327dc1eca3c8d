namespace Hotline.Handling.Domain;

/// <summary>A unit's own handling rules, set by its manager.</summary>
internal sealed class UnitHandlingSettings : IVersioned
{
    public Guid UnitId { get; set; }

    /// <summary>Replies need the unit manager's approval before they reach the center.</summary>
    public bool RequireManagerApproval { get; set; }

    public Guid Version { get; set; }
}
