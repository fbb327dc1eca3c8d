namespace Hotline.Handling.Domain;

internal enum ExtensionStatus
{
    Pending,
    Approved,
    Refused,
}

/// <summary>延期申请 (002 第十三条㈢): at most once per assignment, before the deadline; the extension equals the original limit.</summary>
internal sealed class ExtensionRequest : IVersioned
{
    /// <summary>The rule a request must meet; the message says which part of it failed (see <see cref="Refusal"/>).</summary>
    public static readonly DomainRule MayRequest = new("Handling.Extension.Request", "002 第十三条㈢",
        "不能申请延期。");
    public static readonly DomainRule DecidedOnce = new("Handling.Extension.DecidedOnce", "002 第十三条㈢（经审核同意）",
        "该延期申请已审批，不能重复审批。");

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AssignmentId { get; set; }
    public Guid CaseId { get; set; }
    public Guid UnitId { get; set; }
    public string Reason { get; set; } = "";
    public string Measures { get; set; } = "";
    public DateTime CurrentDueUtc { get; set; }
    public DateTime RequestedDueUtc { get; set; }
    public DateTime RequestedAtUtc { get; set; }
    public string RequestedBy { get; set; } = "";

    /// <summary>Pending from creation; changed only by <see cref="Approve"/> and <see cref="Refuse"/>.</summary>
    public ExtensionStatus Status { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? DecisionNote { get; private set; }
    public Guid Version { get; set; }

    /// <summary>Why the assignment may not request an extension now, or null when it may.</summary>
    /// <param name="previous">The assignment's latest request, if any.</param>
    public static string? Refusal(HandlingAssignment assignment, ExtensionRequest? previous, DateTime nowUtc)
    {
        if (!assignment.IsLead)
            return "只有主办单位可以申请延期。";
        if (previous is not null)
        {
            return previous.Status switch
            {
                ExtensionStatus.Pending => "延期申请正在等待中心审批，请勿重复提交。",
                ExtensionStatus.Approved => "本工单已延期一次，每个工单只能延期一次。",
                _ => "本工单的延期申请已被驳回，每个工单只能申请一次延期。",
            };
        }
        if (assignment.Extended)
            return "本工单已延期一次，每个工单只能延期一次。";
        if (assignment.Status == HandlingStatus.AwaitingSignFor)
            return "请先签收工单。";
        if (assignment.Status == HandlingStatus.Redo)
            return "该工单已发回重办，请先签收重办。";
        if (assignment.Status is not (HandlingStatus.InHandling or HandlingStatus.AwaitingApproval))
            return "工单不在办理中，不能申请延期。";
        if (nowUtc >= assignment.CompletionDueUtc)
            return "已超过办结时限，不能再申请延期；延期须在时限届满前申请。";
        return null;
    }

    /// <summary>The lead asks, before its deadline and only once, for <paramref name="requestedDueUtc"/>.</summary>
    public static ExtensionRequest Request(HandlingAssignment assignment, ExtensionRequest? previous, string reason, string measures,
        DateTime requestedDueUtc, DateTime nowUtc, string by)
    {
        RequireMayRequest(assignment, previous, nowUtc);
        return new ExtensionRequest
        {
            AssignmentId = assignment.Id,
            CaseId = assignment.CaseId,
            UnitId = assignment.UnitId,
            Reason = reason,
            Measures = measures,
            CurrentDueUtc = assignment.CompletionDueUtc,
            RequestedDueUtc = requestedDueUtc,
            RequestedAtUtc = nowUtc,
            RequestedBy = by,
        };
    }

    public static void RequireMayRequest(HandlingAssignment assignment, ExtensionRequest? previous, DateTime nowUtc)
    {
        if (Refusal(assignment, previous, nowUtc) is { } message)
            throw MayRequest.Violated(message);
    }

    /// <summary>The center agrees: the assignment's deadline moves to the requested date.</summary>
    public void Approve(HandlingAssignment assignment, DateTime nowUtc, string by, string? note)
    {
        RequirePending();
        assignment.Extend(RequestedDueUtc);
        Decide(ExtensionStatus.Approved, nowUtc, by, note);
    }

    /// <summary>The center refuses: the deadline stays.</summary>
    public void Refuse(DateTime nowUtc, string by, string note)
    {
        RequirePending();
        Decide(ExtensionStatus.Refused, nowUtc, by, note);
    }

    public void RequirePending()
    {
        if (Status != ExtensionStatus.Pending)
            throw DecidedOnce.Violated($"该延期申请已审批（{Status.DisplayName()}），不能重复审批。");
    }

    private void Decide(ExtensionStatus status, DateTime nowUtc, string by, string? note)
    {
        Status = status;
        DecidedAtUtc = nowUtc;
        DecidedBy = by;
        DecisionNote = note;
    }
}

internal static class ExtensionStatusNames
{
    public static string DisplayName(this ExtensionStatus status) => status switch
    {
        ExtensionStatus.Pending => "待审批",
        ExtensionStatus.Approved => "已批准",
        ExtensionStatus.Refused => "已驳回",
        _ => status.ToString(),
    };
}
