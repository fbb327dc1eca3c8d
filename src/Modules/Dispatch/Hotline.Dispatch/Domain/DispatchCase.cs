using Hotline.Intake.Contracts;
using Hotline.Platform.Catalog;
using Hotline.Platform.Persistence;

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

    public DispatchState State { get; set; }

    /// <summary>Approved returns so far; at the configured limit (3) the case waits for a supervisor's designation.</summary>
    public int ApprovedReturns { get; set; }

    public DateTime? LastDispatchedAtUtc { get; set; }

    public Guid Version { get; set; }
}
