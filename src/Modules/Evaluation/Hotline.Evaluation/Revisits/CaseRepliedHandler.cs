using Hotline.Platform.Calendar;
using Hotline.Platform.Settings;

namespace Hotline.Evaluation.Revisits;

/// <summary>
/// The lead unit's reply puts the case in the revisit queue for its round. A reply after a redo
/// (Round + 1) starts the second revisit; the earlier rating stays counted until the new one replaces it.
/// A caller who asked for no callback is not called: the case closes as 诉求人要求不回访, with no handling rating.
/// </summary>
internal sealed class CaseRepliedHandler(
    EvaluationDbContext context,
    TimeProvider clock,
    IWorkingCalendar calendar,
    SettingsStore settings,
    ICaseDirectory cases,
    LiveUpdates live) : InboxEventHandler<CaseReplied, EvaluationDbContext>(context, clock)
{
    protected override async Task ApplyAsync(CaseReplied e, CancellationToken cancellationToken)
    {
        var c = await Context.Cases.FirstOrDefaultAsync(x => x.CaseId == e.CaseId, cancellationToken);
        if (c is null)
        {
            var summary = await cases.GetAsync(e.CaseId, cancellationToken);
            c = RevisitCase.FirstReplied(e.CaseId, e.CaseNumber, summary?.CategoryId, e.Round);
            Context.Cases.Add(c);
        }
        else if (!c.TakesReplyOf(e.Round))
        {
            // A late or repeated reply of a round already revisited changes nothing, but the flow sheet says it came.
            Context.Step(e.CaseId, Actor.System, Clock, "收到答复（未处理）", $"第 {e.Round} 轮答复到达时本工单状态为“{c.State.Name()}”，不再回访。");
            return;
        }

        var s = await settings.GetAsync(EvaluationSettings.Key, new EvaluationSettings(), cancellationToken);
        var due = await calendar.DueAfterWorkingDaysAsync(e.RepliedAtUtc, s.RevisitDueWorkingDays, cancellationToken);
        c.ReceiveReply(e.Round, e.LeadUnitId, e.AssignmentId, e.Result, e.ReplyText, e.CallerDeclinedCallback, e.RepliedAtUtc, due.DueUtc);

        Context.Step(e.CaseId, Actor.System, Clock, e.Round == 0 ? "答复待回访" : "重办答复待回访",
            $"答复结果：{e.Result.DisplayName()}", dueUtc: due.DueUtc);
        if (e.CallerDeclinedCallback)
            Context.Close(c, ClosingOutcome.NoCallbackWanted, Actor.System, Clock, "诉求人要求不回访，不作办理环节评价");
        Context.SavedChanges += (_, _) => live.Publish(EvaluationSteps.LiveTopic);
    }
}
