namespace Hotline.Evaluation.Domain;

/// <summary>Chinese labels of Evaluation's internal states and choices.</summary>
internal static class EvaluationText
{
    public static string Name(this ReachResult reach) => reach switch
    {
        ReachResult.Reached => "接通",
        ReachResult.NotReached => "未接通",
        ReachResult.RefusedToRate => "拒绝评价",
        _ => reach.ToString(),
    };

    public static string Name(this RevisitChannel channel) => channel switch
    {
        RevisitChannel.Phone => "电话回访",
        RevisitChannel.Online => "网上评价",
        RevisitChannel.Sms => "短信回访",
        _ => channel.ToString(),
    };

    public static string Name(this DissatisfactionCause cause) => cause switch
    {
        DissatisfactionCause.PolicyLimit => "政策限制",
        DissatisfactionCause.ObjectiveLimit => "客观条件限制",
        DissatisfactionCause.HandlingProblem => "办理问题",
        DissatisfactionCause.Other => "其他",
        _ => cause.ToString(),
    };

    public static string Name(this FollowUpDecision decision) => decision switch
    {
        FollowUpDecision.Closed => "办结",
        FollowUpDecision.Redo => "发回重办",
        FollowUpDecision.ToSupervisor => "提交督办员决定",
        _ => decision.ToString(),
    };

    public static string Name(this RevisitState state) => state switch
    {
        RevisitState.AwaitingRevisit => "待回访",
        RevisitState.FollowUp => "待不满意回访",
        RevisitState.AwaitingRedo => "重办中",
        RevisitState.AwaitingSupervisor => "待督办员决定",
        RevisitState.Closed => "已办结",
        _ => state.ToString(),
    };

    public static string Resolved(bool? resolved) => resolved switch
    {
        true => "已解决",
        false => "未解决",
        null => "",
    };

    /// <summary>Round 0 is the first revisit; round N the revisit after the N-th redo.</summary>
    public static string Round(int round) => round == 0 ? "首次回访" : $"第 {round} 次重办后回访";
}
