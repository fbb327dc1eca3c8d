namespace Hotline.Evaluation.Settings;

/// <summary>Evaluation settings the CenterAdmin changes without a release (seed 002 ch. 4 leaves the figures to the center).</summary>
internal sealed record EvaluationSettings
{
    public const string Key = "evaluation.settings";

    /// <summary>The revisit is due this many working days after the unit's reply.</summary>
    public int RevisitDueWorkingDays { get; init; } = 2;

    /// <summary>Failed attempts, each on a different China calendar day, before the case closes as 无法回访.</summary>
    public int FailedAttemptsBeforeUnreachable { get; init; } = 3;

    /// <summary>Redo rounds the center may order on its own; beyond them a supervisor decides.</summary>
    public int RedoRoundsAllowed { get; init; } = 1;

    public int RatingLinkValidHours { get; init; } = 72;

    /// <summary>Weight of 基本满意 in 满意率 (Beijing practice: 0.9).</summary>
    public double BasicallySatisfiedWeight { get; init; } = 0.9;

    /// <summary>Weights of the composite score shown next to the three rates (one public implementation: 0.1/0.5/0.4).</summary>
    public double ResponseWeight { get; init; } = 0.1;
    public double ResolutionWeight { get; init; } = 0.5;
    public double SatisfactionWeight { get; init; } = 0.4;

    /// <summary>
    /// The address callers reach the public pages at, e.g. https://12345.example.gov.cn; empty means
    /// the address the agent's browser uses, which is right when staff and public share one host.
    /// </summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>Online rating page: requests per IP address per hour, against guessing.</summary>
    public int PublicRatingRequestsPerIpPerHour { get; init; } = 30;
}
