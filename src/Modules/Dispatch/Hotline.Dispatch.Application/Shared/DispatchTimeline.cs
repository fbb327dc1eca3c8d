namespace Hotline.Dispatch.Shared;

internal static class DispatchTimeline
{
    /// <summary>Adds a step to the case's flow sheet; it commits with the change it records.</summary>
    /// <param name="unitId">The unit the step concerns (the unit dispatched to, returning, …), shown by name.</param>
    /// <param name="dueUtc">The deadline the step was measured against, when there is one.</param>
    public static void AddTimeline(this DispatchDbContext db, Guid caseId, Actor actor, DateTime atUtc, Guid? unitId,
        string action, string? detail, DateTime? dueUtc = null, bool? onTime = null) =>
        db.Timeline.Add(new DispatchTimelineEntry
        {
            CaseId = caseId,
            AtUtc = atUtc,
            Actor = actor.UserName,
            UnitId = unitId,
            Action = action,
            Detail = detail is { Length: > 2000 } ? detail[..2000] : detail,
            DueUtc = dueUtc,
            OnTime = onTime,
        });
}
