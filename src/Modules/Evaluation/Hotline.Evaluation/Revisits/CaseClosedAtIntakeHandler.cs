using Hotline.Platform.Calendar;
using Hotline.Platform.Settings;

namespace Hotline.Evaluation.Revisits;

/// <summary>
/// A case answered on the spot or refused is revisited for the intake stage only (issue 6), showing the agent what the
/// caller was told; transfers and invalid calls are not rated.
/// </summary>
internal sealed class CaseClosedAtIntakeHandler(
    EvaluationDbContext context,
    TimeProvider clock,
    IWorkingCalendar calendar,
    SettingsStore settings,
    ICaseDirectory cases,
    LiveUpdates live) : InboxEventHandler<CaseClosedAtIntake, EvaluationDbContext>(context, clock)
{
    protected override async Task ApplyAsync(CaseClosedAtIntake e, CancellationToken cancellationToken)
    {
        if (!e.EligibleForIntakeRating || await Context.Cases.AnyAsync(x => x.CaseId == e.CaseId, cancellationToken))
            return;
        var summary = await cases.GetAsync(e.CaseId, cancellationToken);
        var s = await settings.GetAsync(EvaluationSettings.Key, new EvaluationSettings(), cancellationToken);
        var answeredAt = e.OccurredAtUtc == default ? Clock.GetUtcNow().UtcDateTime : e.OccurredAtUtc;
        var due = await calendar.DueAfterWorkingDaysAsync(answeredAt, s.RevisitDueWorkingDays, cancellationToken);
        Context.Cases.Add(RevisitCase.AnsweredAtIntake(e.CaseId, e.CaseNumber, summary?.CategoryId, e.Reason, answeredAt, due.DueUtc));
        Context.Step(e.CaseId, Actor.System, Clock, $"{e.Outcome.DisplayName()}待回访", "只评价受理环节", dueUtc: due.DueUtc);
        Context.SavedChanges += (_, _) => live.Publish(EvaluationSteps.LiveTopic);
    }
}
