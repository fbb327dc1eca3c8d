namespace Hotline.Platform.Settings;

/// <summary>A center-wide setting that administrators change without a release (prefixes, limits, weights).</summary>
public sealed class SystemSetting : IReferenceData
{
    public string Key { get; set; } = "";
    public const int MaxValueLength = 2000;

    public string Value { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
}
