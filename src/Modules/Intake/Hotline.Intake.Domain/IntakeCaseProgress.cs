namespace Hotline.Intake.Domain;

/// <summary>
/// Intake's status mirrors the steps other modules report. It only moves along the lifecycle:
/// a late or repeated report never reopens a case closed at intake or after evaluation, so each
/// step says whether it moved the case.
/// </summary>
internal sealed partial class IntakeCase
{
    /// <summary>派单/改派: the case is with the member units (from 待派单, or again while with them), led by <paramref name="leadUnitId"/>.</summary>
    public bool RecordDispatch(Guid? leadUnitId = null)
    {
        if (!(Status is CaseStatus.Accepted or CaseStatus.Dispatched or CaseStatus.InHandling && MoveTo(CaseStatus.Dispatched)))
            return false;
        LeadUnitId = leadUnitId ?? LeadUnitId;
        return true;
    }

    /// <summary>An approved return of the lead: back in the dispatch queue.</summary>
    public bool RecordBackInDispatchQueue() => MoveTo(CaseStatus.Accepted);

    /// <summary>The lead unit signed for the dispatched case: it is being handled.</summary>
    public bool RecordSignedByLead() => Status == CaseStatus.Dispatched && MoveTo(CaseStatus.InHandling);

    /// <summary>The lead unit replied: the case waits for the revisit.</summary>
    public bool RecordReply() => MoveTo(CaseStatus.Replied);

    /// <summary>
    /// 发回重办 (002 第十七条): the lead unit handles the case again. A case whose lead's return was approved after its reply
    /// has no unit: it stays 待派单 (the step is still recorded) until the next dispatch hands the redo to the new lead.
    /// </summary>
    public bool RecordRedo() => Status == CaseStatus.Accepted || MoveTo(CaseStatus.InHandling);

    /// <summary>Whether the case waits in the dispatch queue (a redo then waits for the next dispatch).</summary>
    public bool AwaitsDispatch => Status == CaseStatus.Accepted;

    /// <summary>办结 after evaluation; repeat detection looks back from <paramref name="closedAtUtc"/>.</summary>
    public bool RecordClosed(DateTime closedAtUtc)
    {
        if (!MoveTo(CaseStatus.Closed))
            return false;
        ClosedAtUtc = closedAtUtc;
        return true;
    }

    private bool MoveTo(CaseStatus status)
    {
        if (!Status.IsOpen())
            return false;
        Status = status;
        return true;
    }
}
