namespace Hotline.Evaluation.Revisits;

/// <summary>What the agent (or the caller online) records about one revisit.</summary>
internal sealed record RevisitInput(ReachResult? Reach, bool? Resolved, Rating? IntakeRating, Rating? HandlingRating, string? CallerWords);

/// <summary>
/// Applies one revisit attempt — by phone or online, with the same consequences — to a tracked case
/// without saving: the attempt, the flow-sheet step, the audit entry and, where the attempt decides
/// it, the closing with its CaseClosed event.
/// </summary>
internal static class RevisitRecording
{
    public static string? StateProblem(RevisitCase c) => c.RevisitProblem();

    public static async Task ApplyAsync(this EvaluationDbContext db, RevisitCase c, RevisitInput input, RevisitChannel channel,
        Actor actor, TimeProvider clock, EvaluationSettings settings, CancellationToken cancellationToken)
    {
        c.RequireAwaitingRevisit();
        if (RevisitRules.Validate(input.Reach, input.Resolved, input.IntakeRating, input.HandlingRating, c.IntakeOnly) is { } invalid)
            throw new BusinessRuleException(invalid.Message, invalid.Field);
        var words = string.IsNullOrWhiteSpace(input.CallerWords) ? null : input.CallerWords.Trim();
        if (words is { Length: > 2000 })
            throw new BusinessRuleException("诉求人意见最多 2000 字。");

        var now = clock.GetUtcNow().UtcDateTime;
        var reach = input.Reach!.Value;
        db.Attempts.Add(RevisitAttempt.On(c, channel, reach, input.Resolved, input.IntakeRating, input.HandlingRating, words, now, actor.UserName));
        db.Audit(actor, clock, "回访", "Case", c.CaseNumber, $"{channel.Name()}：{reach.Name()}");

        switch (reach)
        {
            case ReachResult.NotReached:
                await NotReachedAsync(db, c, actor, clock, settings, now, cancellationToken);
                break;
            case ReachResult.RefusedToRate:
                db.Step(c.CaseId, actor, clock, $"{channel.Name()}：拒绝评价", RevisitWords.With(null, words));
                db.Close(c, ClosingOutcome.RatingRefused, actor, clock);
                break;
            default:
                Rated(db, c, input, channel, actor, clock, now, words);
                break;
        }
    }

    private static async Task NotReachedAsync(EvaluationDbContext db, RevisitCase c, Actor actor, TimeProvider clock,
        EvaluationSettings settings, DateTime now, CancellationToken cancellationToken)
    {
        var failed = await db.Attempts.AsNoTracking()
            .Where(a => a.CaseId == c.CaseId && a.Round == c.Round && a.Reach == ReachResult.NotReached)
            .Select(a => a.AtUtc).ToListAsync(cancellationToken);
        failed.Add(now);
        var days = RevisitRules.DistinctFailedDays(failed);
        db.Step(c.CaseId, actor, clock, "回访未接通",
            $"本轮第 {failed.Count} 次未接通，涉及 {days} 个不同日期（满 {settings.FailedAttemptsBeforeUnreachable} 个不同日期即按无法回访办结）");
        if (days >= settings.FailedAttemptsBeforeUnreachable)
            db.Close(c, ClosingOutcome.Unreachable, actor, clock, "未接通记录：" + string.Join("、", failed.Order().Select(ChinaTime.Format)));
    }

    private static void Rated(EvaluationDbContext db, RevisitCase c, RevisitInput input, RevisitChannel channel, Actor actor,
        TimeProvider clock, DateTime now, string? words)
    {
        // The latest rating replaces the earlier one in every statistic; the earlier stays on the flow sheet.
        c.Rate(input.IntakeRating!.Value, input.HandlingRating, input.Resolved, now);
        var parts = new List<string> { EvaluationText.Round(c.Round), $"受理环节：{input.IntakeRating!.Value.DisplayName()}" };
        if (!c.IntakeOnly)
        {
            parts.Add($"办理环节：{input.HandlingRating!.Value.DisplayName()}");
            parts.Add(EvaluationText.Resolved(input.Resolved));
        }
        db.Step(c.CaseId, actor, clock, $"{channel.Name()}：评价", RevisitWords.With(string.Join("；", parts), words));

        if (c.IntakeOnly)
            db.Close(c, ClosingOutcome.AnsweredAtIntake, actor, clock);
        else if (!c.RatedDissatisfied)
            db.Close(c, ClosingOutcome.Satisfied, actor, clock);
        else
        {
            c.AwaitFollowUp();
            db.Step(c.CaseId, actor, clock, "转不满意回访", "须了解不满意原因并分类");
        }
    }
}
