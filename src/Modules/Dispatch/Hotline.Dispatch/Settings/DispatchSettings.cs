using Hotline.Intake.Contracts;

namespace Hotline.Dispatch.Settings;

/// <summary>Dispatch limits the CenterAdmin changes without a release (seed 002 art. 13; urgency tiers after Beijing and Tianjin practice).</summary>
internal sealed record DispatchSettings
{
    public const string Key = "dispatch.settings";

    /// <summary>Sign-for limits per urgency in clock hours (7×24): 一般 8 h per seed 002.</summary>
    public double NormalSignForHours { get; init; } = 8;
    public double UrgentSignForHours { get; init; } = 2;
    public double CriticalSignForHours { get; init; } = 0.5;

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
}
