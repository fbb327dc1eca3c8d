namespace Hotline.Supervision.Contracts;

/// <summary>分级督办 (002 art. 22): each level is a stronger lever on the unit.</summary>
public enum SupervisionLevel
{
    /// <summary>提醒督办: an in-app and SMS reminder to the unit's handlers.</summary>
    Reminder = 1,

    /// <summary>书面督办: a numbered 督办单 to the unit's leader.</summary>
    Notice = 2,

    /// <summary>挂牌/领导督办: escalated to the county office, with the leader's instructions.</summary>
    Leader = 3,
}

/// <summary>What made the center supervise.</summary>
public enum SupervisionTrigger
{
    Overdue = 1,
    Warning = 2,
    RepeatRequest = 3,
    KnowledgeGapOverdue = 4,
    RedoBeyondLimit = 5,
    Manual = 6,
    Escalation = 7,
}

public enum SupervisionStatus
{
    /// <summary>Waiting for the unit's response (督办回复).</summary>
    Open = 1,

    /// <summary>The unit responded; the Supervisor accepts it or sends it back.</summary>
    Responded = 2,

    Accepted = 3,

    Withdrawn = 4,
}
