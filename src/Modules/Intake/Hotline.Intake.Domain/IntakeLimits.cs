namespace Hotline.Intake.Domain;

internal static class IntakeLimits
{
    public const int ContentMaxLength = 4000;
    public const int ContentMinLength = 5;
    public const int SimilarWindowDays = 30;
    public const int RepeatWindowDays = 90;
}

/// <summary>Sizes of what the phone system sends, as the columns hold them.</summary>
internal static class PhoneCallLimits
{
    public const int CallIdMaxLength = 64;
    public const int ExtensionMaxLength = 16;

    /// <summary>A day: anything longer is a phone system's error, not a call.</summary>
    public const int MaxDurationSeconds = 24 * 60 * 60;
}
