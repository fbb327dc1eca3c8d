namespace Hotline.Supervision.Domain;

/// <summary>The Chinese words for supervision's states, shared by pages, notices and the timeline.</summary>
internal static class SupervisionText
{
    public static string NoticeNumber(int year, int serial) => $"督〔{year}〕第{serial}号";

    public static string Level(SupervisionLevel level) => level switch
    {
        SupervisionLevel.Reminder => "提醒督办",
        SupervisionLevel.Notice => "书面督办",
        _ => "领导督办",
    };

    public static string Status(SupervisionStatus status) => status switch
    {
        SupervisionStatus.Open => "待回复",
        SupervisionStatus.Responded => "待审核",
        SupervisionStatus.Accepted => "已办结",
        _ => "已撤销",
    };

    public static string Trigger(SupervisionTrigger trigger) => trigger switch
    {
        SupervisionTrigger.Overdue => "超期",
        SupervisionTrigger.Warning => "临期预警",
        SupervisionTrigger.RepeatRequest => "重复诉求",
        SupervisionTrigger.KnowledgeGapOverdue => "知识库未按时维护",
        SupervisionTrigger.RedoBeyondLimit => "重办超限",
        SupervisionTrigger.Escalation => "逐级升级",
        _ => "督办员指定",
    };

    public static string Deadline(WatchedDeadlineKind kind) => kind switch
    {
        WatchedDeadlineKind.SignFor => "签收",
        WatchedDeadlineKind.FirstContact => "首次联系",
        WatchedDeadlineKind.ExtensionDecision => "延期审批",
        WatchedDeadlineKind.ReturnReview => "退单审核",
        WatchedDeadlineKind.Revisit => "回访",
        WatchedDeadlineKind.KnowledgeGapFix => "知识补充",
        _ => "办结",
    };
}
