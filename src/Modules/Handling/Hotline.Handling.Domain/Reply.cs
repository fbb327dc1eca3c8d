namespace Hotline.Handling.Domain;

internal enum ReplyStatus
{
    /// <summary>Waits for the unit manager (per-unit setting) or the parent unit (sub-unit replies).</summary>
    AwaitingApproval,
    /// <summary>Accepted: for the lead, handling of this round is over.</summary>
    Accepted,
    /// <summary>Sent back by the approver with a reason; the handler revises and replies again.</summary>
    Rejected,
}

/// <summary>答复 (002 第十三条㈡): a unit's reply; the first and every redo round's reply are kept side by side.</summary>
internal sealed class Reply : IVersioned
{
    public static readonly DomainRule DecidedOnce = new("Handling.Reply.DecidedOnce", "002 第十三条㈡",
        "该答复已审核，不能重复审核。");
    public static readonly DomainRule DecidedWhileAwaiting = new("Handling.Reply.DecidedWhileAwaiting", "002 第十三条㈥（退回后不再办理）",
        "该工单已不在待审核状态（已退单、改派、收回或办结），答复不能再审核。");

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AssignmentId { get; set; }
    public Guid CaseId { get; set; }
    public Guid UnitId { get; set; }
    public int Round { get; set; }
    public ReplyResult Result { get; set; }
    public string Text { get; set; } = "";

    /// <summary>Written explanation to the center, required for 无法办理 (002 第十三条㈤).</summary>
    public string? ExplanationToCenter { get; set; }

    public bool CallerDeclinedCallback { get; set; }
    public DateTime SubmittedAtUtc { get; set; }
    public string SubmittedBy { get; set; } = "";

    /// <summary>Awaiting approval from creation; changed only by <see cref="Accept"/>, <see cref="Approve"/>, <see cref="Reject"/> and <see cref="Withdraw"/>.</summary>
    public ReplyStatus Status { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? DecisionNote { get; private set; }

    public Guid Version { get; set; }

    /// <summary>
    /// The parent unit adopts its sub-unit's reply as its own (the parent stays responsible, 003); the adopted
    /// reply then waits for the parent's own approver or is accepted with the parent's.
    /// </summary>
    public static Reply AdoptedFrom(Reply subReply, HandlingAssignment parent, string by, DateTime nowUtc) => new()
    {
        AssignmentId = parent.Id,
        CaseId = parent.CaseId,
        UnitId = parent.UnitId,
        Round = parent.RedoRound,
        Result = subReply.Result,
        Text = subReply.Text,
        ExplanationToCenter = subReply.ExplanationToCenter,
        CallerDeclinedCallback = subReply.CallerDeclinedCallback,
        SubmittedAtUtc = nowUtc,
        SubmittedBy = by,
        DecisionNote = $"采用下级单位答复（{subReply.SubmittedBy}，{ChinaTime.Format(subReply.SubmittedAtUtc)}）",
    };

    /// <summary>Accepted without an approval step (no manager approval asked for, or adopted with an accepted reply).</summary>
    public void Accept(DateTime nowUtc, string by)
    {
        Status = ReplyStatus.Accepted;
        DecidedAtUtc = nowUtc;
        DecidedBy = by;
    }

    /// <summary>The unit manager or the parent unit approves the waiting reply.</summary>
    public void Approve(HandlingAssignment assignment, DateTime nowUtc, string by, string? note)
    {
        RequireAwaiting(assignment);
        Decide(ReplyStatus.Accepted, nowUtc, by, note);
    }

    /// <summary>The approver sends the reply back with a reason; the assignment is handled on.</summary>
    public void Reject(HandlingAssignment assignment, DateTime nowUtc, string by, string reason)
    {
        RequireAwaiting(assignment);
        Decide(ReplyStatus.Rejected, nowUtc, by, reason);
        assignment.ReviseReply();
    }

    /// <summary>
    /// The assignment ended (returned, reassigned, recalled, closed) while the reply waited: it must never
    /// be approved afterwards, since it would report a reply for a unit no longer on the case.
    /// </summary>
    public void Withdraw(DateTime atUtc, string note)
    {
        if (Status != ReplyStatus.AwaitingApproval)
            return;
        Decide(ReplyStatus.Rejected, atUtc, "系统", note);
    }

    public void RequireAwaiting(HandlingAssignment assignment)
    {
        if (Status != ReplyStatus.AwaitingApproval)
            throw DecidedOnce.Violated($"该答复{Status.DisplayName()}，不能重复审核。");
        DecidedWhileAwaiting.Require(assignment.Status == HandlingStatus.AwaitingApproval);
    }

    private void Decide(ReplyStatus status, DateTime nowUtc, string by, string? note)
    {
        Status = status;
        DecidedAtUtc = nowUtc;
        DecidedBy = by;
        DecisionNote = note;
    }
}

internal static class ReplyStatusNames
{
    public static string DisplayName(this ReplyStatus status) => status switch
    {
        ReplyStatus.AwaitingApproval => "待审核",
        ReplyStatus.Accepted => "已通过",
        ReplyStatus.Rejected => "已退回修改",
        _ => status.ToString(),
    };
}
