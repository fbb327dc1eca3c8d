namespace Hotline.Evaluation.Contracts;

/// <summary>好差评 five levels (国办发〔2019〕51号; 002 ch. 4).</summary>
public enum Rating
{
    VerySatisfied = 5,
    Satisfied = 4,
    BasicallySatisfied = 3,
    Dissatisfied = 2,
    VeryDissatisfied = 1,
}

/// <summary>How a case ended in Evaluation.</summary>
public enum ClosingOutcome
{
    /// <summary>The caller was satisfied (满意, 非常满意 or 基本满意).</summary>
    Satisfied,
    /// <summary>Dissatisfied because of a policy limit (政策限制): closed, not redone.</summary>
    PolicyLimit,
    /// <summary>Dissatisfied because of an objective limit (客观条件限制): closed, not redone.</summary>
    ObjectiveLimit,
    /// <summary>无法回访: the configured number of attempts on different days failed.</summary>
    Unreachable,
    /// <summary>A supervisor decided to close it (redo limit reached, mediation/enforcement category).</summary>
    SupervisorDecided,
    /// <summary>The caller refused to rate (拒绝评价).</summary>
    RatingRefused,
    /// <summary>The caller asked for no callback: closed unrated. No longer given (such cases are rated online); kept for closings recorded before.</summary>
    NoCallbackWanted,
    /// <summary>Answered or refused at intake; only the intake stage was rated (or not reached).</summary>
    AnsweredAtIntake,
}

public static class EvaluationNames
{
    public static string DisplayName(this Rating rating) => rating switch
    {
        Rating.VerySatisfied => "非常满意",
        Rating.Satisfied => "满意",
        Rating.BasicallySatisfied => "基本满意",
        Rating.Dissatisfied => "不满意",
        Rating.VeryDissatisfied => "非常不满意",
        _ => rating.ToString(),
    };

    public static bool IsDissatisfied(this Rating rating) => rating is Rating.Dissatisfied or Rating.VeryDissatisfied;

    public static string DisplayName(this ClosingOutcome outcome) => outcome switch
    {
        ClosingOutcome.Satisfied => "满意办结",
        ClosingOutcome.PolicyLimit => "政策限制办结",
        ClosingOutcome.ObjectiveLimit => "客观条件限制办结",
        ClosingOutcome.Unreachable => "无法回访",
        ClosingOutcome.SupervisorDecided => "督办员决定办结",
        ClosingOutcome.RatingRefused => "拒绝评价",
        ClosingOutcome.NoCallbackWanted => "诉求人要求不回访",
        ClosingOutcome.AnsweredAtIntake => "受理环节办结",
        _ => outcome.ToString(),
    };
}
