using Hotline.Evaluation.Persistence;
using Hotline.Intake.Contracts;
using Hotline.Platform.Cases;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Evaluation.CasePanel;

/// <summary>
/// Evaluation's steps of a case's flow sheet (stage 回访). A member unit never reads the caller's own
/// words when the case is confidential or the complaint is about that unit.
/// </summary>
internal sealed class EvaluationTimelineSource(IDbContextFactory<EvaluationDbContext> contexts, ICaseDirectory cases) : ICaseTimelineSource
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
        var hideWords = !viewer.IsCenter && await CallerWordsWithheldAsync(cases, caseId, viewer.UnitId, cancellationToken);
        return entries.Select(t => new CaseTimelineStep(t.AtUtc, Stage, t.Action, t.Actor, CenterName,
            hideWords ? RevisitRecording.WithoutWords(t.Detail) : t.Detail, t.DueUtc, t.OnTime)).ToList();
    }

    /// <summary>Confidential cases and complaints about the viewing unit keep the caller's words from it.</summary>
    public static async Task<bool> CallerWordsWithheldAsync(ICaseDirectory cases, Guid caseId, Guid? unitId, CancellationToken cancellationToken)
    {
        var summary = await cases.GetAsync(caseId, cancellationToken);
        return summary is null || summary.IsConfidential || (summary.SubjectUnitId is { } subject && subject == unitId);
    }
}
