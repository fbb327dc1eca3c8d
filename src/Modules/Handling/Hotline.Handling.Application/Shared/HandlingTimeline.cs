namespace Hotline.Handling.Shared;

internal static class HandlingTimeline
{
    /// <summary>The flow sheet's stage name for Handling's steps.</summary>
    public const string Stage = "办理";

    /// <summary>Adds a flow-sheet step to the context so it commits with the change it records.</summary>
    public static HandlingTimelineEntry AddTimeline(this HandlingDbContext db, Guid caseId, Guid? assignmentId, Guid? unitId, Actor actor,
        DateTime atUtc, string action, string? detail = null, DateTime? dueUtc = null, bool? onTime = null)
    {
        var entry = new HandlingTimelineEntry
        {
            CaseId = caseId,
            AssignmentId = assignmentId,
            UnitId = unitId,
            Actor = actor.UserName,
            AtUtc = atUtc,
            Action = action,
            Detail = detail is { Length: > HandlingModel.TextMax } ? detail[..HandlingModel.TextMax] : detail,
            DueUtc = dueUtc,
            OnTime = onTime,
        };
        db.Timeline.Add(entry);
        return entry;
    }

    /// <inheritdoc cref="AddTimeline(HandlingDbContext, Guid, Guid?, Guid?, Actor, DateTime, string, string?, DateTime?, bool?)"/>
    public static HandlingTimelineEntry AddTimeline(this HandlingDbContext db, HandlingAssignment assignment, Actor actor,
        DateTime atUtc, string action, string? detail = null, DateTime? dueUtc = null, bool? onTime = null) =>
        db.AddTimeline(assignment.CaseId, assignment.Id, assignment.UnitId, actor, atUtc, action, detail, dueUtc, onTime);
}
