namespace Hotline.Dispatch.Contracts;

/// <summary>主办 or 协办: the lead unit replies for all; co-handling units give their opinion to the lead.</summary>
public enum AssignmentRole
{
    Lead,
    CoHandling,
}

/// <summary>Why an assignment stopped before the case was finished.</summary>
public enum AssignmentEndReason
{
    /// <summary>退单 approved: the case goes back to the dispatch queue.</summary>
    Returned,
    /// <summary>改派: the dispatcher sent the case to other units.</summary>
    Reassigned,
}

/// <summary>退单 reason codes (002 art. 13-6).</summary>
public enum ReturnReason
{
    NotOurDuty,
    OutsideHotlineScope,
    InsufficientInformation,
    Other,
}

public static class DispatchNames
{
    public static string DisplayName(this AssignmentRole role) => role switch
    {
        AssignmentRole.Lead => "主办",
        AssignmentRole.CoHandling => "协办",
        _ => role.ToString(),
    };

    public static string DisplayName(this AssignmentEndReason reason) => reason switch
    {
        AssignmentEndReason.Returned => "退单",
        AssignmentEndReason.Reassigned => "改派",
        _ => reason.ToString(),
    };

    public static string DisplayName(this ReturnReason reason) => reason switch
    {
        ReturnReason.NotOurDuty => "非本单位职责",
        ReturnReason.OutsideHotlineScope => "不属于热线受理范围",
        ReturnReason.InsufficientInformation => "诉求信息不全",
        ReturnReason.Other => "其他",
        _ => reason.ToString(),
    };
}
