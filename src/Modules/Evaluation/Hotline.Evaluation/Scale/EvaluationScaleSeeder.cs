using Hotline.Evaluation.Revisits;
using Hotline.Evaluation.Settings;
using Hotline.Platform.Calendar;
using Hotline.Platform.Seeding.Scale;

namespace Hotline.Evaluation.Scale;

/// <summary>
/// Writes what Evaluation keeps of generated cases, as its handlers and the revisit workbench would have left it: the
/// revisit case (from CaseClosedAtIntake for a case answered or refused at intake, from the lead's accepted reply
/// otherwise), moved only by its own steps; one attempt per revisit call; the dissatisfaction follow-up of a
/// dissatisfied rating; and the flow-sheet steps with the texts the real steps write. No rating links: an agent sends them.
/// </summary>
internal sealed class EvaluationScaleSeeder(EvaluationDbContext db, EvaluationSettingsService settings, IWorkingCalendar calendar) : IScaleSeeder
{
    /// <summary>What Intake's decision carries as CaseClosedAtIntake.Reason for the answer and the refusal the generator writes.</summary>
    private const string AnsweredReason = "已根据知识库向来电人解答相关政策和办理渠道。";
    private const string NotAcceptedReason = "不予受理：应通过诉讼、仲裁、纪检监察、行政复议、政府信息公开等法定途径解决。告知：请向有关部门反映。";
    private const string ReplyText = "经现场核实，已按规定处理，并已向诉求人反馈办理情况。";

    public int Order => 400;

    public async Task<ScaleRows> TellAsync(IReadOnlyList<ScaleCase> batch, CancellationToken cancellationToken)
    {
        var s = await settings.GetAsync(cancellationToken);
        var rules = await calendar.GetRulesAsync(cancellationToken);
        var rows = new Rows(batch.Count);
        foreach (var c in batch)
            new Story(c, s, rules, rows).Tell();

        return new ScaleRows(db).Add(rows.Cases).Add(rows.Attempts).Add(rows.FollowUps).Add(rows.Timeline);
    }

    private sealed class Rows(int cases)
    {
        public List<RevisitCase> Cases { get; } = new(cases);
        public List<RevisitAttempt> Attempts { get; } = new(cases);
        public List<DissatisfactionFollowUp> FollowUps { get; } = [];
        public List<EvaluationTimelineEntry> Timeline { get; } = new(cases * 3);
    }

    /// <summary>One case's Evaluation story, step by step in the order the handlers and the workbench take them.</summary>
    private sealed class Story(ScaleCase s, EvaluationSettings settings, CalendarRules rules, Rows rows)
    {
        private readonly string _agent = $"话务员{(s.Index + 5) % 12 + 1:00}";
        private DateTime _lastStep = DateTime.MinValue;

        public void Tell()
        {
            if (s.Stage == ScaleStage.ClosedAtIntake)
            {
                if (s.IntakeClose is ScaleIntakeClose.AnsweredAtIntake or ScaleIntakeClose.NotAccepted)
                    AnsweredAtIntake(s.DecidedAtUtc!.Value);
                return;
            }
            // Evaluation first hears of a dispatched case through the lead's accepted reply; one awaiting approval is not replied yet.
            if (s.Stage == ScaleStage.AwaitingApproval || s.RepliedAtUtc is not { } replied)
                return;
            var lead = s.Dispatches[^1].Lead;
            var c = RevisitCase.FirstReplied(s.CaseId, s.Number, s.CategoryId, 0);
            c.Version = Guid.NewGuid();
            rows.Cases.Add(c);
            Reply(c, 0, lead, replied);
            if (s.RedoAtUtc is { } redo)
            {
                Redo(c, redo);
                if (s.RedoRepliedAtUtc is not { } again)
                    return;
                Reply(c, 1, lead, again);
            }
            if (s.RevisitedAtUtc is { } revisited)
                FinalRevisit(c, revisited);
        }

        /// <summary>CaseClosedAtIntakeHandler, then the intake-stage revisit (rated, or 无法回访 after the failed calls).</summary>
        private void AnsweredAtIntake(DateTime decided)
        {
            var answered = s.IntakeClose == ScaleIntakeClose.AnsweredAtIntake;
            var reason = answered ? AnsweredReason : NotAcceptedReason;
            var c = RevisitCase.AnsweredAtIntake(s.CaseId, s.Number, s.CategoryId, reason, decided, s.RevisitDueUtc);
            c.Version = Guid.NewGuid();
            rows.Cases.Add(c);
            Step(Actor.System.UserName, decided, answered ? "直接答复待回访" : "不予受理待回访", "只评价受理环节", s.RevisitDueUtc);
            if (s.RevisitedAtUtc is not { } at)
                return;
            if (s.IntakeRating is { } intake)
                Rated(c, at, (Rating)intake, null, null);
            else
                Unreachable(c, at, decided);
        }

        /// <summary>CaseRepliedHandler: the case waits for the revisit of this round.</summary>
        private void Reply(RevisitCase c, int round, ScaleAssignment lead, DateTime repliedAt)
        {
            var due = rules.DueAfterWorkingDays(repliedAt, settings.RevisitDueWorkingDays).DueUtc;
            c.ReceiveReply(round, lead.UnitId, lead.Id, ReplyResult.Resolved, ReplyText, false, repliedAt, due);
            Step(Actor.System.UserName, repliedAt, round == 0 ? "答复待回访" : "重办答复待回访", $"答复结果：{ReplyResult.Resolved.DisplayName()}", due);
        }

        /// <summary>The first revisit was dissatisfied and the agent's follow-up (办理问题) sent the case back for redo.</summary>
        private void Redo(RevisitCase c, DateTime at)
        {
            Rated(c, at, IntakeRating(), (Rating)s.RedoRating!.Value, false);
            const string why = "诉求人表示问题仍未解决，对办理结果不满意。";
            const string instructions = "请重新核实现场情况，切实解决诉求人反映的问题后再答复。";
            FollowUp(c, at, DissatisfactionCause.HandlingProblem, why, instructions, FollowUpDecision.Redo);
            c.SendBackForRedo();
            Step(_agent, at, "发回重办", $"第 {c.Round + 1} 次重办；重办要求：{instructions}");
        }

        /// <summary>
        /// The revisit that closed the case: rated (a dissatisfied rating that closes is one the follow-up put down to a
        /// policy or objective limit); 无法回访 when the caller cannot be reached; 拒绝评价 when a reachable caller gave no rating.
        /// </summary>
        private void FinalRevisit(RevisitCase c, DateTime at)
        {
            if (s.Rating is { } rating)
            {
                Rated(c, at, IntakeRating(), (Rating)rating, s.Resolved ?? rating >= 3);
                if (c.State != RevisitState.FollowUp)
                    return;
                var policy = s.Roll(2) < 0.5;
                FollowUp(c, at, policy ? DissatisfactionCause.PolicyLimit : DissatisfactionCause.ObjectiveLimit,
                    policy ? "诉求人对答复不认可，但所提要求超出现行政策规定。" : "诉求人对答复不认可，但问题受客观条件限制，短期内无法解决。",
                    null, FollowUpDecision.Closed);
                Close(c, policy ? ClosingOutcome.PolicyLimit : ClosingOutcome.ObjectiveLimit, _agent, at);
            }
            else if (!s.CallerReachable)
            {
                Unreachable(c, at, s.LastReplyAtUtc!.Value);
            }
            else
            {
                rows.Attempts.Add(RevisitAttempt.On(c, RevisitChannel.Phone, ReachResult.RefusedToRate, null, null, null, null, at, _agent));
                c.RequireAwaitingRevisit();
                Step(_agent, at, $"{RevisitChannel.Phone.Name()}：拒绝评价", null);
                Close(c, ClosingOutcome.RatingRefused, _agent, at);
            }
        }

        /// <summary>RevisitRecording.Rated: the attempt, the ratings, and what they lead to.</summary>
        private void Rated(RevisitCase c, DateTime at, Rating intake, Rating? handling, bool? resolved)
        {
            rows.Attempts.Add(RevisitAttempt.On(c, RevisitChannel.Phone, ReachResult.Reached, resolved, intake, handling, null, at, _agent));
            c.Rate(intake, handling, resolved, at);
            var parts = new List<string> { EvaluationText.Round(c.Round), $"受理环节：{intake.DisplayName()}" };
            if (!c.IntakeOnly)
            {
                parts.Add($"办理环节：{handling!.Value.DisplayName()}");
                parts.Add(EvaluationText.Resolved(resolved));
            }
            Step(_agent, at, $"{RevisitChannel.Phone.Name()}：评价", string.Join("；", parts));
            if (c.IntakeOnly)
                Close(c, ClosingOutcome.AnsweredAtIntake, _agent, at);
            else if (!c.RatedDissatisfied)
                Close(c, ClosingOutcome.Satisfied, _agent, at);
            else
            {
                c.AwaitFollowUp();
                Step(_agent, at, "转不满意回访", "须了解不满意原因并分类");
            }
        }

        /// <summary>
        /// RevisitRecording's 未接通 path: one failed call a day, the last at <paramref name="at"/>; the call that makes the
        /// configured number of different days closes the case as 无法回访.
        /// </summary>
        private void Unreachable(RevisitCase c, DateTime at, DateTime openedAt)
        {
            var needed = settings.FailedAttemptsBeforeUnreachable;
            var failed = new List<DateTime>(needed);
            for (var day = needed - 1; day >= 0; day--)
            {
                var call = at.AddDays(-day);
                failed.Add(call > openedAt ? call : openedAt.AddMinutes(needed - day));
            }
            for (var i = 0; i < failed.Count; i++)
            {
                var call = failed[i];
                c.RequireAwaitingRevisit();
                rows.Attempts.Add(RevisitAttempt.On(c, RevisitChannel.Phone, ReachResult.NotReached, null, null, null, null, call, _agent));
                var days = RevisitRules.DistinctFailedDays(failed.Take(i + 1));
                Step(_agent, call, "回访未接通",
                    $"本轮第 {i + 1} 次未接通，涉及 {days} 个不同日期（满 {needed} 个不同日期即按无法回访办结）");
                if (days >= needed)
                    Close(c, ClosingOutcome.Unreachable, _agent, call, "未接通记录：" + string.Join("、", failed.Take(i + 1).Order().Select(ChinaTime.Format)));
            }
        }

        /// <summary>RevisitWorkbench.FollowUpAsync: the agent's follow-up of a dissatisfied rating.</summary>
        private void FollowUp(RevisitCase c, DateTime at, DissatisfactionCause cause, string why, string? instructions, FollowUpDecision decision)
        {
            c.RequireFollowUpPending();
            rows.FollowUps.Add(new DissatisfactionFollowUp
            {
                CaseId = c.CaseId, Round = c.Round, Cause = cause, Why = why, Instructions = instructions, Decision = decision, AtUtc = at, By = _agent,
            });
            Step(_agent, at, "不满意回访", RevisitWords.With($"原因分类：{cause.Name()}", why));
        }

        /// <summary>EvaluationSteps.Close: the case leaves Evaluation with its final ratings.</summary>
        private void Close(RevisitCase c, ClosingOutcome outcome, string actor, DateTime at, string? detail = null)
        {
            c.Close(outcome, at);
            var ratings = c.HandlingRating is { } h ? $"办理环节：{h.DisplayName()}" : null;
            Step(actor, at, "办结", string.Join("；", new[] { outcome.DisplayName(), ratings, detail }.Where(x => !string.IsNullOrWhiteSpace(x))));
        }

        /// <summary>A flow-sheet step; steps of one moment keep their order by a millisecond each, as the real clock would.</summary>
        private void Step(string actor, DateTime at, string action, string? detail, DateTime? dueUtc = null)
        {
            if (at <= _lastStep)
                at = _lastStep.AddMilliseconds(1);
            _lastStep = at;
            rows.Timeline.Add(new EvaluationTimelineEntry
            {
                CaseId = s.CaseId, AtUtc = at, Actor = actor, Action = action, Detail = detail is { Length: > 4000 } ? detail[..4000] : detail, DueUtc = dueUtc,
            });
        }

        /// <summary>The intake-stage rating of a dispatched case, in the proportions the generator uses at intake.</summary>
        private Rating IntakeRating()
        {
            var roll = s.Roll(3);
            return roll < 0.01 ? Rating.VeryDissatisfied : roll < 0.03 ? Rating.Dissatisfied : roll < 0.09 ? Rating.BasicallySatisfied
                : roll < 0.39 ? Rating.Satisfied : Rating.VerySatisfied;
        }
    }
}
