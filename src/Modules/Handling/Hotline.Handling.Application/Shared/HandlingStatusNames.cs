namespace Hotline.Handling.Shared;

internal static class HandlingStatusNames
{
    public static string DisplayName(this HandlingStatus status) => status switch
    {
        HandlingStatus.AwaitingSignFor => "待签收",
        HandlingStatus.InHandling => "办理中",
        HandlingStatus.AwaitingApproval => "答复待审核",
        HandlingStatus.Replied => "已答复",
        HandlingStatus.Redo => "重办待签收",
        HandlingStatus.Ended => "已终止",
        HandlingStatus.Closed => "已办结",
        _ => status.ToString(),
    };
}
