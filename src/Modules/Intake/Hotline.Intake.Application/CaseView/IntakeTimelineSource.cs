using Hotline.Platform.Cases;

namespace Hotline.Intake.CaseView;

/// <summary>
/// Intake's steps of a case's flow sheet: registration, decisions, merges, the extension notice. The status steps Intake
/// mirrors for the caller's progress lookup are left out: the module that acted records each of them once.
/// </summary>
internal sealed class IntakeTimelineSource(IDbContextFactory<IntakeDbContext> contexts) : ICaseTimelineSource
{
    public const string Stage = "受理";

    public async Task<IReadOnlyList<CaseTimelineStep>> StepsAsync(Guid caseId, CaseViewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.Timeline.AsNoTracking().Where(t => t.CaseId == caseId && t.Actor != Progress.CaseProgress.MirrorActor)
            .OrderBy(t => t.AtUtc).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        // Intake's entries name no caller. Units read the public wording where there is one: the internal detail
        // of a status step can carry another unit's return basis or the center's review note.
        return entries.Select(t => new CaseTimelineStep(t.AtUtc, Stage, t.Action, t.Actor, "12345热线中心",
            viewer.IsCenter || !t.IsPublic ? t.Detail : t.PublicText)).ToList();
    }
}
