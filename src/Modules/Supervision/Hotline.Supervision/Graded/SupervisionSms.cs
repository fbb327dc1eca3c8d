using Hotline.Platform.Notifications.Sms;

namespace Hotline.Supervision.Graded;

/// <summary>The SMS a unit's handlers (催办) or leaders (督办函, 领导督办) receive with a supervision.</summary>
internal static class SupervisionSms
{
    public static readonly SmsType Notice = new("supervision.notice", "督办通知",
        "【12345热线】{title}，{problem} 请于 {dueTime} 前回复办理措施及结果。",
        [
            new("title", "督办级别和对象", "督办函：工单 QH20261125001"),
            new("problem", "督办的问题（前 200 字）", "诉求人反映的路灯损坏问题逾期未办结。"),
            new("dueTime", "回复期限", "2026-11-27 17:30"),
        ])
    {
        Required = ["title", "dueTime"],
        Order = 50,
    };
}
