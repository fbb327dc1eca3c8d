using Hotline.Platform.Catalog;

namespace Hotline.Platform.Seeding.Scale;

/// <summary>How far a generated case got; each module writes the rows its own lifecycle has at that point.</summary>
public enum ScaleStage
{
    /// <summary>待受理: registered online, no decision yet.</summary>
    Pending,
    /// <summary>Closed at intake (<see cref="ScaleCase.IntakeClose"/> says how).</summary>
    ClosedAtIntake,
    /// <summary>待派单: accepted, in the dispatcher's queue (also after an approved return).</summary>
    WaitingDispatch,
    /// <summary>With the lead unit, not signed for yet.</summary>
    AwaitingSignFor,
    /// <summary>Signed for (and maybe contacted, extended) but not replied.</summary>
    InHandling,
    /// <summary>The reply waits for the unit manager's approval.</summary>
    AwaitingApproval,
    /// <summary>Replied, waits for the revisit.</summary>
    Replied,
    /// <summary>Revisited and closed (办结).</summary>
    Closed,
}

/// <summary>How a case closed at intake ended, mirroring Intake's statuses.</summary>
public enum ScaleIntakeClose { AnsweredAtIntake, NotAccepted, Invalid, EmergencyTransferred }

/// <summary>One unit's part of a dispatch with the deadlines Dispatch computed from the working calendar.</summary>
public sealed record ScaleAssignment(Guid Id, Guid UnitId, bool IsLead, Guid? ParentAssignmentId);

/// <summary>
/// One dispatch (派单) of the case. Every dispatch but the last ended in an approved return (退单) of its lead,
/// applied for at <see cref="ReturnAppliedAtUtc"/> and approved at <see cref="EndedAtUtc"/>.
/// </summary>
public sealed record ScaleDispatch(
    Guid DispatchId,
    DateTime AtUtc,
    IReadOnlyList<ScaleAssignment> Assignments,
    DateTime SignForDueUtc,
    DateTime FirstContactDueUtc,
    DateTime CompletionDueUtc,
    int CompletionWorkingDays,
    DateTime ReturnWindowEndsUtc,
    DateTime? ReturnAppliedAtUtc,
    DateTime? EndedAtUtc)
{
    public ScaleAssignment Lead => Assignments.First(a => a.IsLead && a.ParentAssignmentId is null);
    public bool Returned => EndedAtUtc is not null;
}

/// <summary>
/// One generated case with everything that happened to it, so that every module writes a consistent part of the
/// same story. Codes are the modules' enum values (Intake's Channel and Urgency, Evaluation's Rating 1–5): Platform
/// sits below the modules and cannot name their types. Times are UTC and ordered as the lifecycle orders them.
/// </summary>
public sealed class ScaleCase
{
    public required long Index { get; init; }
    public required Guid CaseId { get; init; }
    public required string Number { get; init; }
    public required DateTime RegisteredAtUtc { get; init; }
    public required int Channel { get; init; }
    public required RequestTypeCode RequestType { get; init; }
    public required Guid CategoryId { get; init; }
    public required Guid AreaId { get; init; }
    public required int Urgency { get; init; }
    public required string Address { get; init; }
    public required string Content { get; init; }
    public required string CallerName { get; init; }
    public required string? CallerPhone { get; init; }
    public required bool IsAnonymous { get; init; }
    public required bool IsConfidential { get; init; }
    public Guid? SubjectUnitId { get; init; }
    /// <summary>An earlier closed case of the same caller, category and area (重复诉求).</summary>
    public Guid? RepeatOfCaseId { get; init; }

    public required ScaleStage Stage { get; init; }
    public ScaleIntakeClose? IntakeClose { get; init; }
    public DateTime? DecidedAtUtc { get; init; }

    /// <summary>In order; empty unless the case was accepted and dispatched at least once.</summary>
    public IReadOnlyList<ScaleDispatch> Dispatches { get; init; } = [];

    /// <summary>The dispatch the case is with now (the last), if it is with units.</summary>
    public ScaleDispatch? Current => Stage is ScaleStage.Pending or ScaleStage.ClosedAtIntake or ScaleStage.WaitingDispatch
        ? null : Dispatches[^1];

    public DateTime? SignedAtUtc { get; init; }
    public bool SignedLate { get; init; }
    /// <summary>First contact that reached the caller; null when not contacted yet or not reachable.</summary>
    public DateTime? FirstContactAtUtc { get; init; }
    /// <summary>An approved extension: requested at, decided at, the new completion deadline.</summary>
    public (DateTime RequestedAtUtc, DateTime DecidedAtUtc, DateTime NewDueUtc, int WorkingDays)? Extension { get; init; }
    /// <summary>The first reply's submission (and, for <see cref="ScaleStage.AwaitingApproval"/>, the one waiting).</summary>
    public DateTime? RepliedAtUtc { get; init; }
    /// <summary>A redo round (重办): the first revisit was dissatisfied, the lead replied again at <see cref="RedoRepliedAtUtc"/>.</summary>
    public DateTime? RedoAtUtc { get; init; }
    public DateTime? RedoDueUtc { get; init; }
    public DateTime? RedoRepliedAtUtc { get; init; }
    /// <summary>The dissatisfied handling rating (1–2) of the first revisit, which sent the case back for redo.</summary>
    public int? RedoRating { get; init; }
    public DateTime RevisitDueUtc { get; init; }
    /// <summary>
    /// The revisit that ended the case (for a case answered or refused at intake, the intake-stage revisit). When the
    /// caller cannot be reached it is the last of the failed calls, on the third China day of trying.
    /// </summary>
    public DateTime? RevisitedAtUtc { get; init; }
    /// <summary>The handling rating of the final revisit (1–5), null when the caller could not be reached, gave none or is not chased.</summary>
    public int? Rating { get; init; }
    /// <summary>The intake-stage rating of a case revisited at intake (1–5), null when the caller could not be reached.</summary>
    public int? IntakeRating { get; init; }
    public bool? Resolved { get; init; }
    public DateTime? ClosedAtUtc { get; init; }

    public bool CallerReachable => !IsAnonymous || CallerPhone is not null;
    public DateTime? LastReplyAtUtc => RedoRepliedAtUtc ?? RepliedAtUtc;

    /// <summary>
    /// The handling rating Evaluation counts once the case is closed: a final revisit without a rating leaves the
    /// first revisit's rating counted (002 第十八条: only a new rating replaces the earlier one).
    /// </summary>
    public int? CountedRating => Stage == ScaleStage.Closed ? Rating ?? RedoRating : null;

    /// <summary>A stable draw in [0, 1) per case and purpose, so a run with the same seed writes the same rows.</summary>
    public double Roll(int purpose)
    {
        var h = (ulong)Index * 0x9E3779B97F4A7C15UL ^ (ulong)(uint)CaseId.GetHashCode() << 17 ^ (ulong)purpose * 0xC2B2AE3D27D4EB4FUL;
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return (h >> 11) * (1.0 / (1UL << 53));
    }
}
