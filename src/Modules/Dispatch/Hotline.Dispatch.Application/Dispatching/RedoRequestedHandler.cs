using Hotline.Evaluation.Contracts;

namespace Hotline.Dispatch.Dispatching;

/// <summary>
/// 发回重办 of a case waiting in the queue (the lead's return was approved, so no unit can take the redo): the queue
/// shows it as 重办待派 with the reason, and the next dispatch's lead takes the redo over in Handling. A case with units
/// is left alone: its lead takes the redo.
/// </summary>
internal sealed class RedoRequestedHandler(DispatchDbContext context, TimeProvider clock, LiveUpdates live)
    : DispatchEventHandler<RedoRequested>(context, clock, live)
{
    protected override async Task ApplyAsync(RedoRequested e, CancellationToken cancellationToken)
    {
        var dispatchCase = await Context.Cases.FirstOrDefaultAsync(c => c.CaseId == e.CaseId, cancellationToken);
        if (dispatchCase is null || !dispatchCase.AwaitRedoDispatch(e.Round, e.Reason))
            return;
        Context.AddTimeline(e.CaseId, Actor.System, Clock.GetUtcNow().UtcDateTime, null, "重办待派",
            $"第{e.Round}次重办：{e.Reason}；原主办单位已退单，工单在派单队列中，派出后由新的主办单位重办");
        Topics.Add(DispatchTopics.Queue);
        Topics.Add(DispatchTopics.Case(e.CaseId));
    }
}
