namespace Hotline.Evaluation.Shared;

/// <summary>Writes Evaluation's flow-sheet steps and closes cases; callers save, so each step commits with its change.</summary>
internal static class EvaluationSteps
{
    public const string LiveTopic = "evaluation:queue";

    public static void Step(this EvaluationDbContext db, Guid caseId, Actor actor, TimeProvider clock, string action,
        string? detail = null, DateTime? dueUtc = null, bool? onTime = null) =>
        db.Timeline.Add(new EvaluationTimelineEntry
        {
            CaseId = caseId,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Actor = actor.UserName,
            Action = action,
            Detail = detail is { Length: > 4000 } ? detail[..4000] : detail,
            DueUtc = dueUtc,
            OnTime = onTime,
        });

    /// <summary>办结: the case leaves Evaluation with its final ratings; Archive, Supervision and Intake learn it from CaseClosed.</summary>
    public static void Close(this EvaluationDbContext db, RevisitCase c, ClosingOutcome outcome, Actor actor, TimeProvider clock, string? detail = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        c.Close(outcome, now);
        var ratings = c.HandlingRating is { } h ? $"办理环节：{h.DisplayName()}" : null;
        var text = string.Join("；", new[] { outcome.DisplayName(), ratings, detail }.Where(s => !string.IsNullOrWhiteSpace(s)));
        db.Step(c.CaseId, actor, clock, "办结", text);
        db.Audit(actor, clock, "回访办结", "Case", c.CaseNumber, text);
        db.Publish(new CaseClosed(c.CaseId, c.CaseNumber, outcome, c.IntakeRating, c.HandlingRating, c.Resolved, c.LeadUnitId, now), clock);
    }
}
