using Hotline.Platform.Rules;

namespace Hotline.Dispatch.Domain;

/// <summary>Where a case stands in Dispatch.</summary>
internal enum DispatchState
{
    /// <summary>待派单: in the dispatcher's queue (new, or back after an approved return).</summary>
    Waiting,
    /// <summary>Assigned to units.</summary>
    Dispatched,
    /// <summary>Returned three times: waits for a supervisor to designate the handler (指定办理).</summary>
    AwaitingDesignation,
    /// <summary>Handling finished or the case was closed; Dispatch no longer acts on it.</summary>
    Finished,
}

/// <summary>Dispatch's copy of an accepted case: what routing and deadlines need, taken from CaseAccepted.</summary>
internal sealed class DispatchCase : IVersioned
{
    /// <summary>A closed case is never dispatched again.</summary>
    public static readonly DomainRule NotAfterClosing = new("Dispatch.Case.NotAfterClosing", "domain.md 工单生命周期（办结）", "该工单已办结，不能再派单。");

    /// <summary>Only the lead's approved return sends the case back to the queue (the lead replies for all, 002 第十二条㈢).</summary>
    public static readonly DomainRule BackOnlyWhenDispatched = new("Dispatch.Case.BackOnlyWhenDispatched", "002 第十三条㈥", "该工单不在办理中，不能退回派单队列。");

    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public RequestTypeCode RequestType { get; set; }
    public Guid CategoryId { get; set; }
    public Guid AreaId { get; set; }
    public Urgency Urgency { get; set; }
    public bool IsConfidential { get; set; }
    public Guid? SubjectUnitId { get; set; }
    public bool CallerReachable { get; set; } = true;
    public string Summary { get; set; } = "";
    public DateTime RegisteredAtUtc { get; set; }

    /// <summary>When the case (re-)entered the queue; the queue is ordered by urgency, then by this.</summary>
    public DateTime QueuedAtUtc { get; set; }

    /// <summary>Waiting from acceptance; changed only by <see cref="Dispatch"/>, <see cref="ReturnToQueue"/> and <see cref="Finish"/>.</summary>
    public DispatchState State { get; private set; }

    /// <summary>Approved returns so far; at the configured limit (3) the case waits for a supervisor's designation.</summary>
    public int ApprovedReturns { get; private set; }

    public DateTime? LastDispatchedAtUtc { get; private set; }

    /// <summary>
    /// 重办待派: Evaluation sent the case back for redo while it waited here (the lead's return was approved), so no unit
    /// could take the redo; the next dispatch's lead does. Null otherwise; set by <see cref="AwaitRedoDispatch"/>,
    /// cleared by <see cref="Dispatch"/>.
    /// </summary>
    public int? RedoRound { get; private set; }
    public string? RedoReason { get; private set; }

    public Guid Version { get; set; }

    /// <summary>派单, 改派 or 指定办理: the case is with units now.</summary>
    public void Dispatch(DateTime atUtc)
    {
        NotAfterClosing.Require(State != DispatchState.Finished);
        State = DispatchState.Dispatched;
        LastDispatchedAtUtc = atUtc;
        // The new lead takes the waiting redo over (Handling): the case is no longer 重办待派 here.
        RedoRound = null;
        RedoReason = null;
    }

    /// <summary>
    /// 重办待派: the case was sent back for redo while it waits for dispatch (or designation), so the dispatcher sees
    /// it is a redo, and why, in the queue.
    /// </summary>
    /// <returns>False when the case is with units (the lead takes the redo), closed, or already waits with this round.</returns>
    public bool AwaitRedoDispatch(int round, string reason)
    {
        if (State is not (DispatchState.Waiting or DispatchState.AwaitingDesignation) || RedoRound >= round)
            return false;
        RedoRound = round;
        RedoReason = reason;
        return true;
    }

    /// <summary>
    /// The lead's return was approved: the case goes back to the queue, or after
    /// <paramref name="returnsBeforeDesignation"/> approved returns to a supervisor's designation (指定办理).
    /// </summary>
    /// <returns>True when the case now awaits designation.</returns>
    public bool ReturnToQueue(DateTime atUtc, int returnsBeforeDesignation)
    {
        BackOnlyWhenDispatched.Require(State != DispatchState.Finished);
        ApprovedReturns++;
        var awaitingDesignation = ApprovedReturns >= returnsBeforeDesignation;
        State = awaitingDesignation ? DispatchState.AwaitingDesignation : DispatchState.Waiting;
        QueuedAtUtc = atUtc;
        return awaitingDesignation;
    }

    /// <summary>The case was closed: Dispatch no longer acts on it.</summary>
    /// <returns>True when it was still in a queue (waiting or awaiting designation).</returns>
    public bool Finish()
    {
        var wasQueued = State is DispatchState.Waiting or DispatchState.AwaitingDesignation;
        State = DispatchState.Finished;
        return wasQueued;
    }
}
