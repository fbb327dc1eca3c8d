using MudBlazor;
using Hotline.Dispatch.Returns.Review;

namespace Hotline.Dispatch.Returns;

/// <summary>The review and dispute decisions as dialogs, shared by the review pages and the case panel.</summary>
internal static class ReturnPrompts
{
    private static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    public static Task<bool> ApproveAsync(IDialogService dialogs, ReturnReviews reviews, ReturnRow row) =>
        AskAsync(dialogs, $"同意退单 · {row.CaseNumber}", "审核意见（可选）", required: false, "同意退单", Color.Success,
            row.Role == Hotline.Dispatch.Contracts.AssignmentRole.Lead
                ? $"{row.UnitName}为主办单位：同意后该工单全部承办单位的派单结束，工单回到待派单队列（本单已同意退单 {row.ApprovedReturnsSoFar} 次）。"
                : $"{row.UnitName}为协办单位：同意后仅结束其协办，主办单位继续办理。",
            text => reviews.ApproveAsync(row.RequestId, row.Version, text));

    public static Task<bool> RefuseAsync(IDialogService dialogs, ReturnReviews reviews, ReturnRow row) =>
        AskAsync(dialogs, $"驳回退单 · {row.CaseNumber}", "驳回理由（必填，将告知承办单位）", required: true, "驳回", Color.Error,
            "驳回后承办单位须继续办理，办理期限不变；承办单位可提出一次争议。",
            text => reviews.RefuseAsync(row.RequestId, row.Version, text));

    public static Task<bool> UpholdAsync(IDialogService dialogs, ReturnReviews reviews, ReturnRow row) =>
        AskAsync(dialogs, $"争议成立 · {row.CaseNumber}", "审核意见（可选）", required: false, "争议成立，同意退单", Color.Success,
            "争议成立即同意退单，效果与派单员同意相同。",
            async text => await reviews.DecideDisputeAsync(row.RequestId, row.Version, uphold: true, text));

    public static Task<bool> RejectAsync(IDialogService dialogs, ReturnReviews reviews, ReturnRow row) =>
        AskAsync(dialogs, $"驳回争议 · {row.CaseNumber}", "驳回理由（必填）", required: true, "驳回争议", Color.Error,
            "驳回争议为最终决定，承办单位须继续办理。",
            async text => await reviews.DecideDisputeAsync(row.RequestId, row.Version, uphold: false, text));

    public static async Task<bool> AskAsync(IDialogService dialogs, string title, string label, bool required, string confirm, Color color,
        string? hint, Func<string?, Task> submit)
    {
        var parameters = new DialogParameters<ReasonDialog>
        {
            { d => d.Label, label },
            { d => d.Required, required },
            { d => d.ConfirmText, confirm },
            { d => d.ConfirmColor, color },
            { d => d.Hint, hint },
            { d => d.Submit, submit },
        };
        var dialog = await dialogs.ShowAsync<ReasonDialog>(title, parameters, Options);
        var result = await dialog.Result;
        return result is { Canceled: false };
    }
}
