using Hotline.Handling.CoOpinions;
using Hotline.Handling.Deadlines;
using Hotline.Handling.Extensions;
using Hotline.Handling.Replies;

namespace Hotline.Handling.Workbench;

/// <summary>The one step the unit owes next, with its deadline, for the banner at the top of the assignment page.</summary>
internal sealed record NextStep(string Text, DateTime? DueUtc, bool Overdue);

/// <summary>An action the unit may take now: a button in the page's action bar that does it or leads to its form.</summary>
/// <param name="Href">Where the form is (an anchor on the page or the case page); null for 签收, which the bar does itself.</param>
internal sealed record AssignmentAction(string Key, string Label, string? Href, bool Primary);

/// <summary>Everything the page's sections know about an assignment, read once for the banner and the action bar.</summary>
internal sealed record AssignmentSituation(
    AssignmentView Assignment,
    ReplyView? Reply,
    ExtensionView? Extension,
    CoOpinionsView? CoOpinions,
    UnitDispatchActions? Dispatch);

/// <summary>Element ids of the page's sections, so the bar can lead to each form.</summary>
internal static class SectionAnchors
{
    public const string Contact = "contact";
    public const string Extension = "extension";
    public const string Reply = "reply";
    public const string ResultNotice = "result-notice";
    public const string CoOpinion = "co-opinion";
}

/// <summary>Decides the next required step and the actions open now from the same flags the sections use, so the bar never offers what a section would refuse.</summary>
internal static class NextSteps
{
    public static NextStep? Next(AssignmentSituation s)
    {
        var v = s.Assignment;
        if (v.IsReadOnly)
            return null;
        if (v.CanSignFor)
            return Due(v.Status == HandlingStatus.Redo ? "签收重办" : "签收", v.SignFor.DueUtc, v.SignFor.Light);
        if (v.ContactRequired && v.FirstContactAtUtc is null && v.FirstContact is { } contact)
            return Due(v.CanContact ? "联系诉求人（首次联系）" : "请中心联系诉求人（首次联系）", contact.DueUtc, contact.Light);
        if (s.CoOpinions is { IsCoHandling: true, CanAct: true, Own.Text: null } co)
            return new NextStep("向主办单位提交协办意见", co.Own?.DueUtc, co.Own?.Overdue ?? false);
        if (s.Reply is { } reply)
        {
            if (reply.Notice is { Required: true, NotifiedAtUtc: null } notice)
                return new NextStep("告知诉求人办理结果", notice.DueUtc, notice.Overdue);
            if (reply.Replies.Any(r => r.AssignmentId == v.Id && r.Round == reply.RedoRound && r.Status == ReplyStatus.AwaitingApproval))
                return new NextStep($"答复待审核（{reply.ApprovalRoute}）", null, false);
            if (reply.CanAct && reply.Refusal is null)
                return Due(reply.RedoRound > 0 ? "重办答复" : "答复", v.Completion.DueUtc, v.Completion.Light);
        }
        return null;
    }

    public static IReadOnlyList<AssignmentAction> Actions(AssignmentSituation s)
    {
        var v = s.Assignment;
        var actions = new List<AssignmentAction>();
        if (v.IsReadOnly)
            return actions;
        var next = Next(s)?.Text;
        if (v.CanSignFor)
            actions.Add(new("sign-for", v.Status == HandlingStatus.Redo ? "签收重办" : "签收", null, true));
        if (v.CanContact)
            actions.Add(new("contact", "联系诉求人", Here(v, SectionAnchors.Contact), next?.StartsWith("联系") == true));
        if (v.CanRequestCenterContact)
            actions.Add(new("contact", "请中心联系", Here(v, SectionAnchors.Contact), next?.StartsWith("请中心") == true));
        if (s.Dispatch is { CanApplyForReturn: true })
            actions.Add(new("return", "退单申请", $"/cases/{v.CaseId}#{UnitDispatchActions.PanelAnchor}", false));
        if (s.Extension is { CanAct: true, Request: null, Refusal: null })
            actions.Add(new("extension", "延期申请", Here(v, SectionAnchors.Extension), false));
        if (s.CoOpinions is { IsCoHandling: true, CanAct: true, Own.Text: null })
            actions.Add(new("co-opinion", "提交协办意见", Here(v, SectionAnchors.CoOpinion), true));
        if (s.Reply is { IsCoHandling: false, CanAct: true, Refusal: null } reply)
            actions.Add(new("reply", reply.RedoRound > 0 ? "重办答复" : "答复", Here(v, SectionAnchors.Reply), next?.EndsWith("答复") == true));
        if (s.Reply is { CanRecordNotice: true })
            actions.Add(new("result-notice", "告知结果", Here(v, SectionAnchors.ResultNotice), next == "告知诉求人办理结果"));
        if (s.Dispatch is { CanSubDispatch: true })
            actions.Add(new("sub-dispatch", "下派", $"/cases/{v.CaseId}#{UnitDispatchActions.PanelAnchor}", false));
        return actions;
    }

    /// <summary>A link to a section of this page: the base href would turn a bare "#id" into the home page.</summary>
    private static string Here(AssignmentView v, string anchor) => $"/unit/assignments/{v.Id}#{anchor}";

    private static NextStep Due(string text, DateTime dueUtc, TrafficLight light) => new(text, dueUtc, light == TrafficLight.Red);
}
