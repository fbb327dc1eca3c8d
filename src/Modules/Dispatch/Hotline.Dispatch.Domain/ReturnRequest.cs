using Hotline.Platform.Rules;

namespace Hotline.Dispatch.Domain;

public enum ReturnStatus
{
    /// <summary>待审核 by the dispatcher.</summary>
    Pending,
    Approved,
    /// <summary>Refused; the unit must go on handling, and may dispute once.</summary>
    Refused,
    /// <summary>争议审核: the unit disputed the refusal; a supervisor decides finally.</summary>
    Disputed,
    /// <summary>The supervisor upheld the dispute: the return is approved.</summary>
    DisputeUpheld,
    /// <summary>The supervisor rejected the dispute: final, the unit goes on.</summary>
    DisputeRejected,
}

/// <summary>
/// 退单申请 (002 第十三条㈥: apply within 1 working day of receipt, with reason and basis; if refused, go on
/// handling): a unit's application to hand back an assignment, with the center's review and an optional dispute.
/// The "why not" texts are <see cref="ReturnRules"/>, which the panel also uses to disable its buttons.
/// </summary>
internal sealed class ReturnRequest : IVersioned
{
    public static readonly DomainRule MayApply = new("Dispatch.Return.Apply", "002 第十三条㈥", "不能申请退单。");
    public static readonly DomainRule MayReview = new("Dispatch.Return.Review", "002 第十三条㈥", "该退单申请不能审核。");
    public static readonly DomainRule MayDispute = new("Dispatch.Return.DisputeOnce", "002 第十三条㈥（如不同意退回，承办单位应继续办理）",
        "该退单申请不能提出争议。");
    public static readonly DomainRule MayDecideDispute = new("Dispatch.Return.DisputeDecision", "002 第十三条㈥", "该争议不能审核。");

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid AssignmentId { get; set; }
    public Guid UnitId { get; set; }

    public ReturnReason Reason { get; set; }
    public string Basis { get; set; } = "";
    public DateTime AppliedAtUtc { get; set; }
    public string AppliedBy { get; set; } = "";

    /// <summary>Pending from creation; changed only by the review and dispute methods below.</summary>
    public ReturnStatus Status { get; private set; }

    public DateTime? ReviewedAtUtc { get; private set; }
    public string? ReviewedBy { get; private set; }
    public string? ReviewNote { get; private set; }

    public string? DisputeText { get; private set; }
    public DateTime? DisputedAtUtc { get; private set; }
    public string? DisputedBy { get; private set; }

    public DateTime? DisputeDecidedAtUtc { get; private set; }
    public string? DisputeDecidedBy { get; private set; }
    public string? DisputeDecisionNote { get; private set; }

    public Guid Version { get; set; }

    /// <summary>申请退单: within the window, once at a time, never after a refusal, never by a sub-unit to the center.</summary>
    /// <param name="earlier">Every return request already made for this assignment.</param>
    public static ReturnRequest Apply(Assignment assignment, IEnumerable<ReturnRequest> earlier, ReturnReason reason, string basis,
        DateTime nowUtc, string by, int windowWorkingDays)
    {
        if (ReturnRules.WhyNoApplication(assignment, earlier, nowUtc, windowWorkingDays) is { } why)
            throw MayApply.Violated(why);
        return new ReturnRequest
        {
            CaseId = assignment.CaseId,
            AssignmentId = assignment.Id,
            UnitId = assignment.UnitId,
            Reason = reason,
            Basis = basis,
            AppliedAtUtc = nowUtc,
            AppliedBy = by,
        };
    }

    /// <summary>审核同意 by the dispatcher; the assignment's end is the caller's next step (<see cref="Assignment.Return"/>).</summary>
    public void Approve(Assignment assignment, DateTime nowUtc, string by, string? note) =>
        Review(assignment, ReturnStatus.Approved, nowUtc, by, note);

    /// <summary>审核驳回: the unit must go on handling; its deadlines do not move.</summary>
    public void Refuse(Assignment assignment, DateTime nowUtc, string by, string reason) =>
        Review(assignment, ReturnStatus.Refused, nowUtc, by, reason);

    /// <summary>争议: the unit disagrees with the refusal, once; a supervisor decides finally.</summary>
    public void Dispute(Assignment assignment, string text, DateTime nowUtc, string by)
    {
        RequireDisputable(assignment);
        Status = ReturnStatus.Disputed;
        DisputeText = text;
        DisputedAtUtc = nowUtc;
        DisputedBy = by;
    }

    /// <summary>争议审核 by a supervisor: upheld (the return is approved) or rejected (final).</summary>
    public void DecideDispute(Assignment assignment, bool uphold, DateTime nowUtc, string by, string? note)
    {
        RequireDisputeDecidable(assignment);
        Status = uphold ? ReturnStatus.DisputeUpheld : ReturnStatus.DisputeRejected;
        DisputeDecidedAtUtc = nowUtc;
        DisputeDecidedBy = by;
        DisputeDecisionNote = note;
    }

    public void RequireReviewable(Assignment assignment)
    {
        if (ReturnRules.WhyNoReview(this, assignment) is { } why)
            throw MayReview.Violated(why);
    }

    public void RequireDisputable(Assignment assignment)
    {
        if (ReturnRules.WhyNoDispute(this, assignment) is { } why)
            throw MayDispute.Violated(why);
    }

    public void RequireDisputeDecidable(Assignment assignment)
    {
        if (ReturnRules.WhyNoDisputeDecision(this, assignment) is { } why)
            throw MayDecideDispute.Violated(why);
    }

    private void Review(Assignment assignment, ReturnStatus status, DateTime nowUtc, string by, string? note)
    {
        RequireReviewable(assignment);
        Status = status;
        ReviewedAtUtc = nowUtc;
        ReviewedBy = by;
        ReviewNote = note;
    }
}
