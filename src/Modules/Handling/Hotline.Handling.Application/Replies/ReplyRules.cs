using Hotline.Handling.CoOpinions;

namespace Hotline.Handling.Replies;

/// <summary>The reply form's fields, as named in its refusals.</summary>
internal static class ReplyFields
{
    public const string Result = "reply-result";
    public const string Text = "reply-text";
    public const string Explanation = "reply-explanation";
}

/// <summary>The reply rules that need no database.</summary>
internal static class ReplyRules
{
    public const int ExplanationMax = HandlingModel.TextMax;

    /// <summary>Why the assignment cannot reply now, or null when it can.</summary>
    public static string? Refusal(HandlingAssignment assignment, bool contactRequired, bool contactDone, CoGateResult? gate,
        Func<Guid, string> unitName)
    {
        if (assignment.Role == AssignmentRole.CoHandling && assignment.ParentAssignmentId is null)
            return "协办单位请提交协办意见，由主办单位统一答复。";
        switch (assignment.Status)
        {
            case HandlingStatus.AwaitingSignFor:
                return "请先签收工单。";
            case HandlingStatus.Redo:
                return "该工单已发回重办，请先签收重办。";
            case HandlingStatus.AwaitingApproval:
                return "答复正在等待审核，不能重复提交。";
            case HandlingStatus.Replied:
                return "该工单已答复，不能重复答复。";
            case HandlingStatus.Ended or HandlingStatus.Closed:
                return "工单已不在本单位办理中，不能答复。";
        }
        if (contactRequired && !contactDone)
            return "答复前须先联系诉求人（首次联系）并记录联系情况。";
        if (gate is { MayReply: false })
            return $"协办单位（{string.Join("、", gate.OverdueMissing.Select(m => unitName(m.UnitId)))}）的意见已逾期未提交：请先记录不再等待的决定及理由，再答复。";
        return null;
    }

    /// <summary>Checks the handler's input; returns the cleaned texts.</summary>
    public static (ReplyResult Result, string Text, string? Explanation) Validate(ReplyInput input, int minLength)
    {
        if (input.Result is not { } result || !Enum.IsDefined(result))
            throw new BusinessRuleException("请选择办理结果。", ReplyFields.Result);
        var text = RequiredText.Of(input.Text, "答复内容", HandlingModel.TextMax, minLength, ReplyFields.Text);
        string? explanation = null;
        if (result == ReplyResult.CannotHandle)
            explanation = RequiredText.Of(input.ExplanationToCenter, "向中心的书面说明（无法办理的原因及依据）", ExplanationMax, formField: ReplyFields.Explanation);
        else if (!string.IsNullOrWhiteSpace(input.ExplanationToCenter))
            explanation = RequiredText.Of(input.ExplanationToCenter, "向中心的说明", ExplanationMax, formField: ReplyFields.Explanation);
        return (result, text, explanation);
    }
}
