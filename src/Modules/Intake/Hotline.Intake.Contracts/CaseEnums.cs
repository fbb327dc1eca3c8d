namespace Hotline.Intake.Contracts;

/// <summary>渠道: how a request reached the hotline (seed 002 art. 2).</summary>
public enum Channel
{
    Phone,
    Website,
    App,
    WeChat,
    Email,
    Letter,
    Visit,
    OtherHotline,
}

/// <summary>Urgency decides the sign-for limit (一般 8 h by default; shorter for the others, configurable).</summary>
public enum Urgency
{
    Normal,
    Urgent,
    Critical,
}

/// <summary>The case's place in the lifecycle as the center sees it.</summary>
public enum CaseStatus
{
    /// <summary>待受理: an online submission waiting for an agent's decision.</summary>
    PendingAcceptance,
    /// <summary>待派单: accepted, waiting for dispatch.</summary>
    Accepted,
    Dispatched,
    InHandling,
    Replied,
    Closed,
    /// <summary>直接答复: answered on the spot and closed at intake.</summary>
    AnsweredAtIntake,
    /// <summary>不予受理.</summary>
    NotAccepted,
    /// <summary>紧急转接 110/119/120/122.</summary>
    EmergencyTransferred,
    /// <summary>无效来电: harassment or no substantive content.</summary>
    Invalid,
    /// <summary>已并单: merged into another open case.</summary>
    Merged,
}

/// <summary>Emergency lines a request is transferred to at once (001).</summary>
public enum EmergencyLine
{
    Police110,
    Fire119,
    Ambulance120,
    Traffic122,
}

public static class CaseNames
{
    public static string DisplayName(this Channel channel) => channel switch
    {
        Channel.Phone => "电话",
        Channel.Website => "网站",
        Channel.App => "APP",
        Channel.WeChat => "微信",
        Channel.Email => "邮件",
        Channel.Letter => "信件",
        Channel.Visit => "来访",
        Channel.OtherHotline => "其他热线转入",
        _ => channel.ToString(),
    };

    public static string DisplayName(this Urgency urgency) => urgency switch
    {
        Urgency.Normal => "一般",
        Urgency.Urgent => "紧急",
        Urgency.Critical => "特急",
        _ => urgency.ToString(),
    };

    public static string DisplayName(this CaseStatus status) => status switch
    {
        CaseStatus.PendingAcceptance => "待受理",
        CaseStatus.Accepted => "待派单",
        CaseStatus.Dispatched => "已派单",
        CaseStatus.InHandling => "办理中",
        CaseStatus.Replied => "已答复",
        CaseStatus.Closed => "已办结",
        CaseStatus.AnsweredAtIntake => "直接答复",
        CaseStatus.NotAccepted => "不予受理",
        CaseStatus.EmergencyTransferred => "紧急转接",
        CaseStatus.Invalid => "无效来电",
        CaseStatus.Merged => "已并单",
        _ => status.ToString(),
    };

    public static string DisplayName(this EmergencyLine line) => line switch
    {
        EmergencyLine.Police110 => "110 报警",
        EmergencyLine.Fire119 => "119 火警",
        EmergencyLine.Ambulance120 => "120 急救",
        EmergencyLine.Traffic122 => "122 交通事故",
        _ => line.ToString(),
    };

    /// <summary>Statuses in which a new request about the same problem may be merged in.</summary>
    public static bool IsOpen(this CaseStatus status) =>
        status is CaseStatus.PendingAcceptance or CaseStatus.Accepted or CaseStatus.Dispatched
            or CaseStatus.InHandling or CaseStatus.Replied;

    /// <summary>Statuses that close the case at intake, before any dispatch.</summary>
    public static bool IsClosedAtIntake(this CaseStatus status) =>
        status is CaseStatus.AnsweredAtIntake or CaseStatus.NotAccepted or CaseStatus.EmergencyTransferred or CaseStatus.Invalid;
}
