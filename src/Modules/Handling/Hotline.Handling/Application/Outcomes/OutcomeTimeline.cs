using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;

namespace Hotline.Handling.Application.Outcomes;

internal static class OutcomeTimeline
{
    /// <summary>Adds a flow-sheet step for the assignment to the caller's unit of work.</summary>
    public static void AddStep(this HandlingDbContext db, HandlingAssignment assignment, string actor, DateTime atUtc, string action,
        string? detail = null, DateTime? dueUtc = null, bool? onTime = null) =>
        db.Timeline.Add(new HandlingTimelineEntry
        {
            CaseId = assignment.CaseId,
            AssignmentId = assignment.Id,
            UnitId = assignment.UnitId,
            AtUtc = atUtc,
            Actor = actor,
            Action = action,
            Detail = detail is { Length: > HandlingModel.TextMax } ? detail[..HandlingModel.TextMax] : detail,
            DueUtc = dueUtc,
            OnTime = onTime,
        });
}
