namespace Hotline.Handling.Domain;

internal enum RedoOrderStatus
{
    /// <summary>With the assignment of the unit leading the case.</summary>
    Landed,
    /// <summary>重办待派: no unit leads the case (the lead's return was approved); the next dispatch's lead takes it over.</summary>
    AwaitingDispatch,
}

/// <summary>
/// 重办单 (002 第十七条): Evaluation's order to handle the case again in a round, and where it is. It goes to the unit
/// leading the case: the lead that replied, or the unit the case was reassigned to since. When no unit leads the case
/// it waits for the next dispatch, and an order whose unit left the case before replying moves to the next lead: a redo
/// is never dropped. Its status changes only through the methods below.
/// </summary>
internal sealed class RedoOrder : IVersioned
{
    public static readonly DomainRule LandsOnTheLead = new("Handling.Redo.LandsOnTheLead", "002 第十七条；第十二条㈢（主办负责制）",
        "重办只能交由正在主办该工单的单位办理。");

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public int Round { get; set; }
    public string Reason { get; set; } = "";
    public DateTime OrderedAtUtc { get; set; }

    public RedoOrderStatus Status { get; private set; }

    /// <summary>The lead assignment handling the redo; null while it waits for a dispatch.</summary>
    public Guid? AssignmentId { get; private set; }
    public Guid? UnitId { get; private set; }
    public DateTime? LandedAtUtc { get; private set; }

    /// <summary>Why the order waits for a dispatch instead of being with a unit, as the center sees it.</summary>
    public string? WaitingReason { get; private set; }

    public Guid Version { get; set; }

    public static RedoOrder Ordered(Guid caseId, string caseNumber, int round, string reason, DateTime atUtc) => new()
    {
        CaseId = caseId,
        CaseNumber = caseNumber,
        Round = round,
        Reason = reason,
        OrderedAtUtc = atUtc,
        Status = RedoOrderStatus.AwaitingDispatch,
    };

    /// <summary>
    /// The order of a redo that landed on <paramref name="lead"/> at <paramref name="landedAtUtc"/> before orders were kept, when
    /// the assignment alone carried the round and the reason: recorded as it stands, the assignment is left as it is.
    /// </summary>
    public static RedoOrder LandedBeforeOrdersWereKept(HandlingAssignment lead, DateTime landedAtUtc)
    {
        LandsOnTheLead.Require(lead.IsLead && lead.RedoRound > 0);
        return new()
        {
            CaseId = lead.CaseId,
            CaseNumber = lead.CaseNumber,
            Round = lead.RedoRound,
            Reason = lead.RedoReason ?? "",
            OrderedAtUtc = landedAtUtc,
            Status = RedoOrderStatus.Landed,
            AssignmentId = lead.Id,
            UnitId = lead.UnitId,
            LandedAtUtc = landedAtUtc,
        };
    }

    /// <summary>
    /// 重办下达: the lead assignment handles the case again to <paramref name="newDueUtc"/>; also when the order moves on
    /// from a unit that left the case before replying.
    /// </summary>
    public void LandOn(HandlingAssignment lead, DateTime newDueUtc, DateTime atUtc)
    {
        LandsOnTheLead.Require(lead.IsLead && lead.CaseId == CaseId && lead.AcceptsRedo(Round));
        lead.Redo(Round, Reason, newDueUtc);
        Status = RedoOrderStatus.Landed;
        AssignmentId = lead.Id;
        UnitId = lead.UnitId;
        LandedAtUtc = atUtc;
        WaitingReason = null;
    }

    /// <summary>重办待派: no unit leads the case now; the order waits for the next dispatch.</summary>
    public void AwaitDispatch(string why)
    {
        Status = RedoOrderStatus.AwaitingDispatch;
        AssignmentId = null;
        UnitId = null;
        WaitingReason = why;
    }
}
