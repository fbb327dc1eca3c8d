using Hotline.Platform.Catalog;

namespace Hotline.Handling.Domain;

internal enum HandlingStatus
{
    /// <summary>待签收.</summary>
    AwaitingSignFor,
    /// <summary>办理中 (also after a redo is signed for).</summary>
    InHandling,
    /// <summary>The reply waits for the unit manager's or the parent unit's approval.</summary>
    AwaitingApproval,
    /// <summary>已答复 (lead) or opinion given (co-handling).</summary>
    Replied,
    /// <summary>重办: Evaluation sent the case back; the lead handles it again.</summary>
    Redo,
    /// <summary>Returned or reassigned in Dispatch: read-only from now on.</summary>
    Ended,
    /// <summary>The case was closed after evaluation.</summary>
    Closed,
}

/// <summary>What a sign-for was: the first (measured against the 8-hour limit) or the redo's.</summary>
internal sealed record SignedFor(bool Redo, bool Late);

/// <summary>
/// A unit's assignment as Handling works it: the deadlines from Dispatch, and what the unit did.
/// Its id is Dispatch's assignment id. Every status change is one of the methods below.
/// </summary>
internal sealed class HandlingAssignment : IVersioned
{
    public static readonly DomainRule NotEnded = new("Handling.Assignment.NotEnded", "002 第十三条㈥",
        "该工单已退回或改派，本单位的办理已终止，只能查看。");
    public static readonly DomainRule NotClosed = new("Handling.Assignment.NotClosed", "002 第十三条㈡（办结）",
        "该工单已办结，只能查看。");
    public static readonly DomainRule SignForFirst = new("Handling.SignFor.First", "002 第十三条㈠",
        "请先签收该工单。");
    public static readonly DomainRule SignForRedoFirst = new("Handling.Redo.SignForFirst", "002 第十七条",
        "该工单已发回重办，请先签收重办。");
    public static readonly DomainRule SignForOnce = new("Handling.SignFor.Once", "002 第十三条㈠",
        "该工单已签收。");
    public static readonly DomainRule ExtendOnce = new("Handling.Extension.Once", "002 第十三条㈢",
        "本工单已延期一次，每个工单只能延期一次。");
    public static readonly DomainRule ExtendWhileHandling = new("Handling.Extension.WhileHandling", "002 第十三条㈢",
        "该工单已不在办理中（已退回、改派或办结），不能批准延期，请驳回。");
    public static readonly DomainRule ExtendBeforeReply = new("Handling.Extension.BeforeReply", "002 第十三条㈢",
        "该单位已答复，无需延期，请驳回。");
    public static readonly DomainRule OpinionByCoUnit = new("Handling.CoOpinion.ByCoUnit", "002 第十二条㈢",
        "只有协办单位需要提交协办意见。");
    public static readonly DomainRule RedoNotAfterEnd = new("Handling.Redo.NotAfterEnd", "002 第十七条",
        "本单位已不在该工单上，不能发回重办。");

    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public Guid UnitId { get; set; }
    public AssignmentRole Role { get; set; }

    /// <summary>For a sub-unit's assignment: the parent unit's, which approves its reply.</summary>
    public Guid? ParentAssignmentId { get; set; }

    public RequestTypeCode RequestType { get; set; }
    public Guid CategoryId { get; set; }
    public string Summary { get; set; } = "";
    public bool IsConfidential { get; set; }
    public Guid? SubjectUnitId { get; set; }

    /// <summary>False for an anonymous caller without a phone: no first contact is required.</summary>
    public bool CallerReachable { get; set; } = true;

    public string? DispatchNote { get; set; }
    public DateTime DispatchedAtUtc { get; set; }
    public DateTime SignForDueUtc { get; set; }
    public DateTime FirstContactDueUtc { get; set; }

    /// <summary>Set from Dispatch; moved by <see cref="Extend"/>, <see cref="Redo"/> and a parent's extension.</summary>
    public DateTime CompletionDueUtc { get; set; }
    public int CompletionWorkingDays { get; set; }

    /// <summary>待签收 from creation; changed only by the step methods below.</summary>
    public HandlingStatus Status { get; private set; }

    public DateTime? SignedAtUtc { get; private set; }
    public string? SignedBy { get; private set; }
    public bool SignedLate { get; private set; }

    public DateTime? FirstContactAtUtc { get; private set; }
    public bool? ContactedOnTime { get; private set; }

    /// <summary>The one extension an assignment may have was approved.</summary>
    public bool Extended { get; private set; }

    /// <summary>The lead recorded its decision to reply although a co-handling opinion is overdue.</summary>
    public DateTime? ProceedWithoutOpinionsAtUtc { get; private set; }
    public string? ProceedWithoutOpinionsBy { get; private set; }
    public string? ProceedWithoutOpinionsReason { get; private set; }

    /// <summary>0 until Evaluation sends the case back; then the redo round being handled.</summary>
    public int RedoRound { get; private set; }
    public string? RedoReason { get; private set; }

    public DateTime? RepliedAtUtc { get; private set; }
    public bool? RepliedOnTime { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    public Guid Version { get; set; }

    public bool IsLead => Role == AssignmentRole.Lead && ParentAssignmentId is null;

    /// <summary>A top-level co-handling unit: it gives an opinion to the lead instead of replying (002 第十二条㈢).</summary>
    public bool IsCoUnit => Role == AssignmentRole.CoHandling && ParentAssignmentId is null;

    /// <summary>The unit may still act: not ended in Dispatch, not closed.</summary>
    public void RequireOpen()
    {
        NotEnded.Require(Status is not HandlingStatus.Ended);
        NotClosed.Require(Status is not HandlingStatus.Closed);
    }

    /// <summary>Open and signed for (the redo too).</summary>
    public void RequireSigned()
    {
        RequireOpen();
        SignForFirst.Require(Status is not HandlingStatus.AwaitingSignFor);
        SignForRedoFirst.Require(Status is not HandlingStatus.Redo);
    }

    /// <summary>
    /// 签收 (002 第十三条㈠: within 8 hours). A redo is taken on again, but the first sign-for stays the one
    /// measured against the dispatch.
    /// </summary>
    public SignedFor SignFor(DateTime nowUtc, string by)
    {
        RequireOpen();
        if (Status is HandlingStatus.Redo)
        {
            Status = HandlingStatus.InHandling;
            return new SignedFor(Redo: true, Late: false);
        }
        SignForOnce.Require(Status is HandlingStatus.AwaitingSignFor);
        SignedLate = nowUtc > SignForDueUtc;
        SignedAtUtc = nowUtc;
        SignedBy = by;
        Status = HandlingStatus.InHandling;
        return new SignedFor(Redo: false, SignedLate);
    }

    /// <summary>
    /// 联系诉求人 (002 第十三条㈠: respond and contact within 24 hours): the first contact that reached the
    /// caller meets the limit. Also called on the parent when its sub-unit reached the caller first.
    /// </summary>
    /// <returns>True when this contact was the first that reached the caller.</returns>
    public bool RecordContact(DateTime contactedAtUtc, bool reached)
    {
        if (!reached || FirstContactAtUtc is not null)
            return false;
        FirstContactAtUtc = contactedAtUtc;
        ContactedOnTime = contactedAtUtc <= FirstContactDueUtc;
        return true;
    }

    /// <summary>延期 approved (002 第十三条㈢): once, while handling, to the date the request asked for.</summary>
    public void Extend(DateTime newDueUtc)
    {
        ExtendWhileHandling.Require(Status is not (HandlingStatus.Ended or HandlingStatus.Closed));
        ExtendBeforeReply.Require(Status is not HandlingStatus.Replied);
        ExtendOnce.Require(!Extended);
        CompletionDueUtc = newDueUtc;
        Extended = true;
    }

    /// <summary>The lead decides to reply although a co-unit's opinion is overdue (主办负责制, 002 第十二条㈢).</summary>
    public void ProceedWithoutOpinions(DateTime nowUtc, string by, string reason)
    {
        ProceedWithoutOpinionsAtUtc = nowUtc;
        ProceedWithoutOpinionsBy = by;
        ProceedWithoutOpinionsReason = reason;
    }

    /// <summary>The reply was submitted and waits for the unit manager or the parent unit.</summary>
    public void AwaitApproval() => Status = HandlingStatus.AwaitingApproval;

    /// <summary>The approver sent the reply back for revision: the unit handles on.</summary>
    public void ReviseReply() => Status = HandlingStatus.InHandling;

    /// <summary>答复 accepted (002 第十三条㈡): this round's handling is over; on time against the completion limit.</summary>
    public void AcceptReply(DateTime nowUtc) => MarkReplied(nowUtc);

    /// <summary>协办意见 given to the lead (002 第十二条㈢); it takes the place of a reply.</summary>
    public void GiveOpinion(DateTime nowUtc)
    {
        OpinionByCoUnit.Require(Role == AssignmentRole.CoHandling);
        MarkReplied(nowUtc);
    }

    /// <summary>Whether a redo of <paramref name="round"/> applies: a newer round, and the unit still on the case.</summary>
    public bool AcceptsRedo(int round) => RedoRound < round && Status is not (HandlingStatus.Ended or HandlingStatus.Closed);

    /// <summary>
    /// 重办 (002 第十七条): the lead handles the case again from a new sign-for, to a new deadline. A lead that has not
    /// signed for the case yet (it took the case over from a unit that left it) signs for it once, as its first sign-for.
    /// </summary>
    public void Redo(int round, string reason, DateTime newDueUtc)
    {
        RedoNotAfterEnd.Require(AcceptsRedo(round));
        if (Status is not HandlingStatus.AwaitingSignFor)
            Status = HandlingStatus.Redo;
        RedoRound = round;
        RedoReason = reason;
        CompletionDueUtc = newDueUtc;
    }

    /// <summary>Returned or reassigned in Dispatch: read-only from now on.</summary>
    public void End(DateTime atUtc)
    {
        Status = HandlingStatus.Ended;
        EndedAtUtc = atUtc;
    }

    /// <summary>The case was closed: read-only; an assignment that ended earlier keeps its end time.</summary>
    public void Close(DateTime atUtc)
    {
        Status = HandlingStatus.Closed;
        EndedAtUtc ??= atUtc;
    }

    private void MarkReplied(DateTime nowUtc)
    {
        Status = HandlingStatus.Replied;
        RepliedAtUtc = nowUtc;
        RepliedOnTime = nowUtc <= CompletionDueUtc;
    }
}
