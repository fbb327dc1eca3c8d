namespace Hotline.Handling.Contracts;

/// <summary>答复结果 (002 art. 13).</summary>
public enum ReplyResult
{
    /// <summary>已解决.</summary>
    Resolved,
    /// <summary>部分解决.</summary>
    PartiallyResolved,
    /// <summary>已解释说明/政策不支持.</summary>
    Explained,
    /// <summary>无法办理: needs a written explanation to the center (002 art. 13-5).</summary>
    CannotHandle,
}

/// <summary>How the unit reached (or tried to reach) the caller.</summary>
public enum ContactMethod
{
    Phone,
    Sms,
    Visit,
    /// <summary>The center contacted the caller on the unit's behalf (confidential cases, complaints about the unit).</summary>
    ViaCenter,
    Other,
}

public static class HandlingNames
{
    public static string DisplayName(this ReplyResult result) => result switch
    {
        ReplyResult.Resolved => "已解决",
        ReplyResult.PartiallyResolved => "部分解决",
        ReplyResult.Explained => "已解释说明/政策不支持",
        ReplyResult.CannotHandle => "无法办理",
        _ => result.ToString(),
    };

    public static string DisplayName(this ContactMethod method) => method switch
    {
        ContactMethod.Phone => "电话",
        ContactMethod.Sms => "短信",
        ContactMethod.Visit => "上门/约见",
        ContactMethod.ViaCenter => "由中心代为联系",
        ContactMethod.Other => "其他",
        _ => method.ToString(),
    };
}
