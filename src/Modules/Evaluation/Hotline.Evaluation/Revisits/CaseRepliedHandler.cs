using Hotline.Platform.Calendar;
using Hotline.Platform.Settings;

namespace Hotline.Evaluation.Revisits;

/// <summary>
/// The lead unit's reply puts the case in the revisit queue for its round. A reply after a redo
/// (Round + 1) starts the second revisit; the earlier rating stays counted until the new one replaces it.
/// A caller who asked the unit for no callback is still asked for a rating (every replied case closes through a revisit
/// or an online rating, and a unit's word alone must not keep a case out of its figures): the queue marks the case so
/// the agent sends the online rating link instead of phoning.
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
            $"答复结果：{e.Result.DisplayName()}" + (e.CallerDeclinedCallback ? "；诉求人要求不回访，请发送短信评价链接" : ""), dueUtc: due.DueUtc);
        Context.SavedChanges += (_, _) => live.Publish(EvaluationSteps.LiveTopic);
    }
}
