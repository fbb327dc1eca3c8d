using Hotline.Platform.Cases;

namespace Hotline.Evaluation.CasePanel;

/// <summary>
/// Evaluation's steps of a case's flow sheet (stage 回访). A member unit never reads the caller's own
/// words when it is shielded from the caller (confidential case, complaint about it, its parent or a sub-unit),
/// and never any of the caller's phone digits.
/// </summary>
internal sealed class EvaluationTimelineSource(IDbContextFactory<EvaluationDbContext> contexts, ICallerShielding shielding) : ICaseTimelineSource
{
    public const string Stage = "回访";
    public const string CenterName = "12345热线中心";

    public async Task<IReadOnlyList<CaseTimelineStep>> StepsAsync(Guid caseId, CaseViewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.Timeline.AsNoTracking().Where(t => t.CaseId == caseId)
            .OrderBy(t => t.AtUtc).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        if (entries.Count == 0)
            return [];
        if (viewer.IsCenter)
            return entries.Select(t => new CaseTimelineStep(t.AtUtc, Stage, t.Action, t.Actor, CenterName, t.Detail, t.DueUtc, t.OnTime)).ToList();
        var hideWords = await CallerWordsWithheldAsync(shielding, caseId, viewer.UnitId, cancellationToken);
        return entries.Select(t => new CaseTimelineStep(t.AtUtc, Stage, t.Action, t.Actor, CenterName,
            CallerShield.WithoutPhoneDigits(hideWords ? RevisitWords.Without(t.Detail) : t.Detail), t.DueUtc, t.OnTime)).ToList();
    }

    /// <summary>A unit shielded from the caller (the shared rule), or no unit at all, does not read the caller's words.</summary>
    public static async Task<bool> CallerWordsWithheldAsync(ICallerShielding shielding, Guid caseId, Guid? unitId, CancellationToken cancellationToken) =>
        unitId is not { } unit || await shielding.IsShieldedAsync(caseId, unit, cancellationToken);
}
