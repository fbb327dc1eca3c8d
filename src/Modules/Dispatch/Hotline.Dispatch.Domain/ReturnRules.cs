namespace Hotline.Dispatch.Domain;

/// <summary>
/// Which return step is allowed in which state, with the message the user sees when it is not.
/// Pure, so the panel can disable a button with the same words the service would refuse with.
/// </summary>
internal static class ReturnRules
{
    public const int MinBasisLength = 10;
    public const int MaxBasisLength = 2000;
    public const int MaxNoteLength = 1000;

    /// <returns>Null when the unit may apply to return the assignment now; otherwise why not.</returns>
    /// <param name="earlier">Every return request already made for this assignment.</param>
    public static string? WhyNoApplication(Assignment assignment, IEnumerable<ReturnRequest> earlier, DateTime nowUtc, int windowWorkingDays)
    {
        if (!assignment.IsActive)
            return "该派单已结束，不能申请退单。";
        if (assignment.ParentAssignmentId is not null)
            return "本单由上级单位下派，不能向热线中心退单，请联系上级单位。";
        var requests = earlier.ToList();
        if (requests.Any(r => r.Status is ReturnStatus.Pending or ReturnStatus.Disputed))
            return "本单已有待审核的退单申请，请等待审核结果。";
        if (requests.Any(r => r.Status is ReturnStatus.Refused or ReturnStatus.DisputeRejected))
            return "本单的退单申请已被驳回，请继续办理；对驳回有异议的，可对该申请提出一次争议。";
        return ReturnWindow.ClosedReason(assignment.ReturnWindowEndsUtc, nowUtc, windowWorkingDays);
    }

    /// <returns>Null when the unit may dispute the refusal; otherwise why not.</returns>
    public static string? WhyNoDispute(ReturnRequest request, Assignment assignment) => request.Status switch
    {
        ReturnStatus.Pending => "退单申请尚在审核中，审核驳回后才能提出争议。",
        ReturnStatus.Approved or ReturnStatus.DisputeUpheld => "退单申请已同意，无需提出争议。",
        ReturnStatus.Disputed => "该退单申请已提出过争议，每次退单只能争议一次，请等待督办员审核。",
        ReturnStatus.DisputeRejected => "争议已审核驳回，为最终决定，不能再次提出争议。",
        _ when request.DisputedAtUtc is not null => "该退单申请已提出过争议，每次退单只能争议一次。",
        _ when !assignment.IsActive => "该派单已结束，不能提出争议。",
        _ => null,
    };

    /// <returns>Null when the dispatcher may approve or refuse the request; otherwise why not.</returns>
    public static string? WhyNoReview(ReturnRequest request, Assignment assignment)
    {
        if (request.Status != ReturnStatus.Pending)
            return $"该退单申请已由 {request.ReviewedBy ?? "他人"} 审核（{request.Status.Label()}），请刷新后查看。";
        return assignment.IsActive ? null : "该派单已结束（已改派或办结），退单申请无需再审核。";
    }

    /// <returns>Null when the supervisor may decide the dispute; otherwise why not.</returns>
    public static string? WhyNoDisputeDecision(ReturnRequest request, Assignment assignment)
    {
        if (request.Status != ReturnStatus.Disputed)
            return request.Status is ReturnStatus.DisputeUpheld or ReturnStatus.DisputeRejected
                ? $"该争议已由 {request.DisputeDecidedBy ?? "他人"} 审核（{request.Status.Label()}），请刷新后查看。"
                : "该退单申请没有待审核的争议。";
        return assignment.IsActive ? null : "该派单已结束（已改派或办结），争议无需再审核。";
    }

    /// <summary>Trims and checks a required text; throws the user's message when it is missing or too long.</summary>
    public static string RequireText(string? value, string missing, int maxLength, int minLength = 1)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
            throw new Hotline.Platform.BusinessRuleException(missing);
        if (text.Length < minLength)
            throw new Hotline.Platform.BusinessRuleException($"{missing.TrimEnd('。')}（至少 {minLength} 个字）。");
        if (text.Length > maxLength)
            throw new Hotline.Platform.BusinessRuleException($"内容不能超过 {maxLength} 个字。");
        return text;
    }
}
