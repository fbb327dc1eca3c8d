namespace Hotline.Evaluation.Revisits;

/// <summary>The revisit form's fields, as named in its refusals.</summary>
internal static class RevisitFields
{
    public const string Reach = "reach";
    public const string Resolved = "resolved";
    public const string IntakeRating = "intake-rating";
    public const string HandlingRating = "handling-rating";
}

/// <summary>The revisit rules that need no database, kept pure so they are tested on their own.</summary>
internal static class RevisitRules
{
    /// <summary>
    /// Failed attempts count towards 无法回访 once per China calendar day: three calls in one
    /// morning are one try, because the caller may simply be busy that day (issue 6).
    /// </summary>
    public static int DistinctFailedDays(IEnumerable<DateTime> failedAttemptsUtc) =>
        failedAttemptsUtc.Select(ChinaTime.DateOf).Distinct().Count();

    public static bool IsUnreachable(IEnumerable<DateTime> failedAttemptsUtc, int requiredDays) =>
        DistinctFailedDays(failedAttemptsUtc) >= requiredDays;

    /// <summary>
    /// Checks a revisit record before anything is saved; returns the first problem with the field it is about, or null.
    /// A rating needs a reach result, and only a reached caller can rate.
    /// </summary>
    public static (string Field, string Message)? Validate(ReachResult? reach, bool? resolved, Rating? intakeRating, Rating? handlingRating, bool intakeOnly)
    {
        var anyRating = resolved is not null || intakeRating is not null || handlingRating is not null;
        if (reach is null)
            return (RevisitFields.Reach, anyRating ? "请先选择回访结果（接通/未接通/拒绝评价），未选择回访结果不能录入评价。" : "请选择回访结果（接通/未接通/拒绝评价）。");
        if (reach != ReachResult.Reached)
            return anyRating ? (RevisitFields.Reach, $"回访结果为“{reach.Value.Name()}”时不能录入评价。") : null;
        if (intakeRating is null)
            return (RevisitFields.IntakeRating, "请选择受理环节评价。");
        if (intakeOnly)
            return handlingRating is not null || resolved is not null ? (RevisitFields.HandlingRating, "该工单在受理环节办结，只评价受理环节。") : null;
        if (handlingRating is null)
            return (RevisitFields.HandlingRating, "请选择办理环节评价。");
        if (resolved is null)
            return (RevisitFields.Resolved, "请选择问题是否已解决。");
        return null;
    }

    /// <summary>The revisit of a mediation or law-enforcement case must not chase satisfaction one-sidedly (000).</summary>
    public static bool IsMediationOrEnforcement(Hotline.Platform.Catalog.CategoryKind kind) => MediationAndEnforcement.Contains(kind);

    /// <summary>The category kinds (行政调解类, 执法办案类) whose cases are not chased for satisfaction.</summary>
    public static readonly Hotline.Platform.Catalog.CategoryKind[] MediationAndEnforcement =
        [Hotline.Platform.Catalog.CategoryKind.AdministrativeMediation, Hotline.Platform.Catalog.CategoryKind.LawEnforcement];

    /// <summary>What a dissatisfaction follow-up leads to, by cause, category and redo rounds already used.</summary>
    public static FollowUpDecision Decide(DissatisfactionCause cause, bool mediationOrEnforcement, int roundsUsed, int roundsAllowed)
    {
        if (mediationOrEnforcement)
            return FollowUpDecision.ToSupervisor;
        if (cause is DissatisfactionCause.PolicyLimit or DissatisfactionCause.ObjectiveLimit)
            return FollowUpDecision.Closed;
        return roundsUsed < roundsAllowed ? FollowUpDecision.Redo : FollowUpDecision.ToSupervisor;
    }
}
