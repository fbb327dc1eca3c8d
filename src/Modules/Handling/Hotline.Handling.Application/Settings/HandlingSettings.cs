namespace Hotline.Handling.Settings;

/// <summary>Center-wide handling rules the CenterAdmin changes without a release.</summary>
internal sealed record HandlingSettings
{
    public const string Key = "handling.settings";

    /// <summary>A reply shorter than this says too little to the caller (characters, after trimming).</summary>
    public int ReplyMinLength { get; init; } = 20;

    /// <summary>Working days a redo gets; null = the assignment's original completion limit.</summary>
    public int? RedoWorkingDays { get; init; }

    /// <summary>Yellow light when at most this many working days are left.</summary>
    public int YellowWorkingDays { get; init; } = 1;

    /// <summary>Yellow light when at most this share of the time is left.</summary>
    public double YellowFraction { get; init; } = 0.25;
}
