using Hotline.Handling.Domain;
using Hotline.Platform;
using Hotline.Platform.Calendar;

namespace Hotline.Handling.Extensions;

/// <summary>The extension rules that need no database: the new date, and whether a request may be made.</summary>
internal static class ExtensionTerms
{
    /// <summary>
    /// The instant to count the extension from: the last moment of the current deadline's day. A
    /// deadline is stored as 24:00 China time, i.e. the first instant of the next day; counting from
    /// that instant would skip the day after the deadline, so the extension would exceed the limit.
    /// </summary>
    public static DateTime CountFrom(DateTime currentDueUtc) => currentDueUtc.AddTicks(-1);

    /// <summary>The extension equals the original limit: that many working days after the current deadline's day.</summary>
    public static Deadline NewDue(CalendarRules rules, DateTime currentDueUtc, int workingDays) =>
        rules.DueAfterWorkingDays(CountFrom(currentDueUtc), workingDays);

    /// <summary>Why the assignment may not request an extension now, or null when it may.</summary>
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

    public static void Require(HandlingAssignment assignment, ExtensionRequest? previous, DateTime nowUtc)
    {
        if (Refusal(assignment, previous, nowUtc) is { } message)
            throw new BusinessRuleException(message);
    }
}
