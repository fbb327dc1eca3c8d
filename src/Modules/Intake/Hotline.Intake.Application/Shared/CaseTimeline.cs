namespace Hotline.Intake.Shared;

internal static class CaseTimeline
{
    /// <param name="publicText">What the caller's progress lookup shows for this step; null keeps the step internal.</param>
    /// <param name="factKey">Another module's fact the step records (<see cref="TimelineEntry.FactKey"/>).</param>
    public static void AddTimeline(this IntakeDbContext db, Guid caseId, Actor actor, DateTime atUtc, string action, string? detail,
        string? publicText = null, string? factKey = null) =>
        db.Timeline.Add(new TimelineEntry
        {
            CaseId = caseId,
            AtUtc = atUtc,
            Actor = actor.UserName,
            Action = action,
            Detail = detail,
            IsPublic = publicText is not null,
            PublicText = publicText,
            FactKey = factKey,
        });
}
