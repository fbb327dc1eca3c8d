namespace Hotline.Dispatch.Settings;

/// <summary>Dispatch limits the CenterAdmin changes without a release (seed 002 art. 13; urgency tiers after Beijing and Tianjin practice).</summary>
internal sealed record DispatchSettings
{
    public const string Key = "dispatch.settings";

    /// <summary>Sign-for limits per urgency in hours: 一般 8 h per seed 002.</summary>
    public double NormalSignForHours { get; init; } = 8;
    public double UrgentSignForHours { get; init; } = 2;
    public double CriticalSignForHours { get; init; } = 0.5;

    /// <summary>
    /// How each urgency's sign-for hours are counted: around the clock like the hotline (the seed's rule, the default),
    /// or only within <see cref="OfficeHours"/> on working days, so night dispatches are not late by morning.
    /// </summary>
    public SignForClock NormalSignForClock { get; init; } = SignForClock.Elapsed;
    public SignForClock UrgentSignForClock { get; init; } = SignForClock.Elapsed;
    public SignForClock CriticalSignForClock { get; init; } = SignForClock.Elapsed;

    /// <summary>The units' office periods in China time, for limits counted in office hours.</summary>
    public string OfficeHours { get; init; } = Dispatching.OfficeHours.Default;

    /// <summary>Respond and contact the caller within 24 clock hours of dispatch.</summary>
    public double FirstContactHours { get; init; } = 24;

    /// <summary>A unit may apply to return an assignment within this many working days of dispatch.</summary>
    public int ReturnWindowWorkingDays { get; init; } = 1;

    /// <summary>After this many approved returns the case waits for a supervisor's designation (指定办理).</summary>
    public int ApprovedReturnsBeforeDesignation { get; init; } = 3;

    /// <summary>Co-handling units give their opinion to the lead within this many working days (never later than the lead's limit).</summary>
    public int CoOpinionWorkingDays { get; init; } = 3;

    public double SignForHours(Urgency urgency) => urgency switch
    {
        Urgency.Critical => CriticalSignForHours,
        Urgency.Urgent => UrgentSignForHours,
        _ => NormalSignForHours,
    };

    public SignForClock SignForClockOf(Urgency urgency) => urgency switch
    {
        Urgency.Critical => CriticalSignForClock,
        Urgency.Urgent => UrgentSignForClock,
        _ => NormalSignForClock,
    };
}

/// <summary>How a sign-for limit's hours pass.</summary>
internal enum SignForClock
{
    /// <summary>连续计时: every hour of the day, 7×24.</summary>
    Elapsed,
    /// <summary>按办公时间: only office periods of working days.</summary>
    OfficeHours,
}

internal static class SignForClockNames
{
    public static string DisplayName(this SignForClock clock) => clock == SignForClock.OfficeHours ? "按办公时间" : "连续计时";
}
