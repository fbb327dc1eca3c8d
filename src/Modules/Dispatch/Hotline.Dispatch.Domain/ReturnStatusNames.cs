namespace Hotline.Dispatch.Domain;

/// <summary>Chinese labels of return and assignment states as the return screens show them.</summary>
internal static class ReturnStatusNames
{
    public static string Label(this ReturnStatus status) => status switch
    {
        ReturnStatus.Pending => "待审核",
        ReturnStatus.Approved => "已同意",
        ReturnStatus.Refused => "已驳回",
        ReturnStatus.Disputed => "争议待审核",
        ReturnStatus.DisputeUpheld => "争议成立，已同意退单",
        ReturnStatus.DisputeRejected => "争议驳回（最终）",
        _ => status.ToString(),
    };

    public static string Label(this AssignmentStatus status) => status switch
    {
        AssignmentStatus.Active => "办理中",
        AssignmentStatus.Returned => "已退单",
        AssignmentStatus.Reassigned => "已改派/收回",
        AssignmentStatus.Finished => "已办结",
        _ => status.ToString(),
    };
}
