namespace Hotline.Intake.Settings;

/// <summary>Intake settings the CenterAdmin changes without a release.</summary>
internal sealed record IntakeSettings
{
    public const string Key = "intake.settings";

    /// <summary>Case number prefix: the county's initials.</summary>
    public string NumberPrefix { get; init; } = "QH";

    /// <summary>Words that mark an online submission as abusive; matched case-insensitively as substrings.</summary>
    public IReadOnlyList<string> BlockedWords { get; init; } = ["傻逼", "操你", "去死", "狗日", "王八蛋", "fuck"];

    public int PublicSubmissionsPerIpPerHour { get; init; } = 5;
    public int PublicSubmissionsPerPhonePerDay { get; init; } = 3;
}
