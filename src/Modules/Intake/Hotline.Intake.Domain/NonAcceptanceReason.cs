using Hotline.Platform.Persistence;

namespace Hotline.Intake.Domain;

/// <summary>不予受理 reason code table (002 ch. 2, 000, 001), editable by the CenterAdmin.</summary>
internal sealed class NonAcceptanceReason : IVersioned
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The policy basis cited to the caller by default.</summary>
    public string Basis { get; set; } = "";

    /// <summary>Default guidance: which body the caller should turn to.</summary>
    public string? DefaultGuidance { get; set; }
    public bool IsActive { get; set; } = true;
    public int SortOrder { get; set; }
    public Guid Version { get; set; }
}
