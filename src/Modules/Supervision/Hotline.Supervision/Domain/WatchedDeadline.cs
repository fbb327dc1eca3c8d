using Hotline.Platform.Persistence;

namespace Hotline.Supervision.Domain;

/// <summary>Where a watched deadline stands. Met and Cancelled are final.</summary>
internal enum DeadlineState
{
    Running = 1,
    Warned = 2,
    Overdue = 3,
    Met = 4,
    Cancelled = 5,
}

/// <summary>
/// One running deadline of one unit's assignment, learnt from events only. One row per
/// (assignment, kind): a redelivered or repeated event finds the row and updates it, never adds a second.
/// </summary>
internal sealed class WatchedDeadline : IVersioned
{
    private WatchedDeadline() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public Guid AssignmentId { get; private set; }
    public Guid UnitId { get; private set; }
    public WatchedDeadlineKind Kind { get; private set; }
    public DateTime DueUtc { get; private set; }
    public DeadlineState State { get; private set; }
    public DateTime? WarnedAtUtc { get; private set; }
    public DateTime? OverdueAtUtc { get; private set; }
    public DateTime? EndedAtUtc { get; private set; }

    /// <summary>Two passes at once (two app nodes, or a pass and a manual run) cannot both raise the same state.</summary>
    public Guid Version { get; set; }

    public bool IsOpen => State is DeadlineState.Running or DeadlineState.Warned or DeadlineState.Overdue;

    /// <summary>A member unit's step on a case (sign-for, first contact, completion): what a reminder to the unit can be about.</summary>
    public bool IsUnitCaseStep => Kind is WatchedDeadlineKind.SignFor or WatchedDeadlineKind.FirstContact or WatchedDeadlineKind.Completion;

    public static WatchedDeadline Start(Guid caseId, string caseNumber, Guid assignmentId, Guid unitId, WatchedDeadlineKind kind, DateTime dueUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        CaseId = caseId,
        CaseNumber = caseNumber,
        AssignmentId = assignmentId,
        UnitId = unitId,
        Kind = kind,
        DueUtc = dueUtc,
        State = DeadlineState.Running,
    };

    /// <summary>The deadline moved (extension approved, redo, re-dispatch): it runs again from the new date, warnings start over.</summary>
    public void Move(DateTime newDueUtc)
    {
        DueUtc = newDueUtc;
        State = DeadlineState.Running;
        WarnedAtUtc = null;
        OverdueAtUtc = null;
        EndedAtUtc = null;
    }

    /// <summary>The step was done (signed, contacted, replied). Late steps stay met; the overdue time is kept.</summary>
    public void Meet(DateTime atUtc)
    {
        if (!IsOpen)
            return;
        State = DeadlineState.Met;
        EndedAtUtc = atUtc;
    }

    /// <summary>The assignment ended (returned, reassigned) or the case closed.</summary>
    public void Cancel(DateTime atUtc)
    {
        if (!IsOpen)
            return;
        State = DeadlineState.Cancelled;
        EndedAtUtc = atUtc;
    }

    /// <summary>Raises a warning once, when within <paramref name="threshold"/> of the due time.</summary>
    public bool WarnIfNear(DateTime nowUtc, TimeSpan threshold)
    {
        if (State != DeadlineState.Running || nowUtc < DueUtc - threshold || nowUtc >= DueUtc)
            return false;
        State = DeadlineState.Warned;
        WarnedAtUtc = nowUtc;
        return true;
    }

    /// <summary>Raises overdue once, when the due time has passed.</summary>
    public bool MarkOverdueIfPast(DateTime nowUtc)
    {
        if (State is not (DeadlineState.Running or DeadlineState.Warned) || nowUtc < DueUtc)
            return false;
        State = DeadlineState.Overdue;
        OverdueAtUtc = nowUtc;
        return true;
    }
}
