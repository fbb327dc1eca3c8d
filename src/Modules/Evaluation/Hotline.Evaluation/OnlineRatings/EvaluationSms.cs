using Hotline.Platform.Notifications.Sms;

namespace Hotline.Evaluation.OnlineRatings;

/// <summary>The rating invitation SMS; its link carries the single-use token, filled in only at send time.</summary>
internal static class EvaluationSms
{
    public static readonly SmsType RatingInvitation = new("evaluation.rating-link", "评价邀请",
        "【12345热线】您反映的工单 {caseNumber} 已办理答复，请点击 {link} 对受理和办理情况进行评价。链接 {validHours} 小时内有效，仅可使用一次。",
        [
            new("caseNumber", "工单号", "QH20261125001"),
            new("link", "评价链接（发送时填入）", "https://12345.example.gov.cn/public/rate/Xy3…"),
            new("validHours", "链接有效小时数", "72"),
        ])
    {
        Secret = "link",
        Order = 40,
    };
}
