using Hotline.Platform.Rules;

namespace Hotline.Evaluation.Domain;

/// <summary>The steps of 好差评 (002 第十四条–第十八条) and the rules each one enforces.</summary>
internal sealed partial class RevisitCase
{
    public static readonly DomainRule RevisitOnlyWhenAwaiting = new("Evaluation.Revisit.OnlyWhenAwaiting", "002 第十四条",
        "该工单当前不能录入回访。");
    public static readonly DomainRule FollowUpOnlyAfterDissatisfiedRating = new("Evaluation.FollowUp.OnlyAfterDissatisfiedRating", "002 第十七条",
        "该工单无需不满意回访。");
    public static readonly DomainRule RedoNeedsTheLeadsReply = new("Evaluation.Redo.NeedsTheLeadsReply", "002 第十七条",
        "该工单没有主办单位的答复记录，不能发回重办。");
    public static readonly DomainRule SupervisorDecidesOnlyReferredCases = new("Evaluation.Supervisor.OnlyReferredCases", "000；回访设置（允许重办轮次）",
        "该工单无需督办员决定。");
    public static readonly DomainRule ClosedOnce = new("Evaluation.Close.Once", "002 第四章",
        "该工单已办结。");

    /// <summary>直接答复: only the intake stage is rated (002 第十五条).</summary>
    public static RevisitCase AnsweredAtIntake(Guid caseId, string caseNumber, Guid? categoryId, string? answer, DateTime answeredAtUtc, DateTime revisitDueUtc) =>
        new()
        {
            CaseId = caseId,
            CaseNumber = caseNumber,
            CategoryId = categoryId,
            IntakeOnly = true,
            State = RevisitState.AwaitingRevisit,
            ReplyText = Clip(answer),
            RepliedAtUtc = answeredAtUtc,
            RevisitDueUtc = revisitDueUtc,
        };

    /// <summary>A case Evaluation first hears of through the lead unit's reply of <paramref name="round"/>.</summary>
    public static RevisitCase FirstReplied(Guid caseId, string caseNumber, Guid? categoryId, int round) =>
        new() { CaseId = caseId, CaseNumber = caseNumber, CategoryId = categoryId, Round = round };

    /// <summary>
    /// Whether a reply of <paramref name="round"/> opens a revisit: a late or repeated reply of a round
    /// already revisited does not, and nothing reopens a closed case.
    /// </summary>
    public bool TakesReplyOf(int round) =>
        State != RevisitState.Closed && round >= Round && (round != Round || State == RevisitState.AwaitingRevisit);

    /// <summary>答复: the case waits for its revisit of this round; the earlier rating stays counted until a new one replaces it.</summary>
    public void ReceiveReply(int round, Guid leadUnitId, Guid assignmentId, ReplyResult result, string? replyText,
        bool callerDeclinedCallback, DateTime repliedAtUtc, DateTime revisitDueUtc)
    {
        if (!TakesReplyOf(round))
            throw RevisitOnlyWhenAwaiting.Violated($"第 {round} 轮答复到达时本工单状态为“{State.Name()}”，不再回访。");
        Round = round;
        IntakeOnly = false;
        LeadUnitId = leadUnitId;
        LeadAssignmentId = assignmentId;
        ReplyResult = result;
        ReplyText = Clip(replyText);
        CallerDeclinedCallback = callerDeclinedCallback;
        RepliedAtUtc = repliedAtUtc;
        RevisitDueUtc = revisitDueUtc;
        State = RevisitState.AwaitingRevisit;
    }

    /// <summary>Why no revisit can be recorded now, or null when one can.</summary>
    public string? RevisitProblem() => State switch
    {
        RevisitState.AwaitingRevisit => null,
        RevisitState.Closed => "该工单已办结，不能重复评价。",
        RevisitState.FollowUp => "该工单已评价为不满意，请填写不满意回访，不能重复评价。",
        RevisitState.AwaitingRedo => "该工单已发回重办，待承办单位重新答复后再回访。",
        RevisitState.AwaitingSupervisor => "该工单正等待督办员决定，不能录入回访。",
        _ => "该工单当前不能录入回访。",
    };

    public void RequireAwaitingRevisit()
    {
        if (RevisitProblem() is { } problem)
            throw RevisitOnlyWhenAwaiting.Violated(problem);
    }

    /// <summary>
    /// 评价: the caller's ratings of this round replace the earlier ones in every statistic (002 第十八条).
    /// A case answered at intake keeps no handling rating.
    /// </summary>
    public void Rate(Rating intakeRating, Rating? handlingRating, bool? resolved, DateTime ratedAtUtc)
    {
        RequireAwaitingRevisit();
        IntakeRating = intakeRating;
        if (!IntakeOnly)
        {
            HandlingRating = handlingRating;
            Resolved = resolved;
        }
        RatedAtUtc = ratedAtUtc;
    }

    /// <summary>Whether the rating just taken leaves the case for a manual follow-up (不满意/非常不满意, 002 第十七条).</summary>
    public bool RatedDissatisfied => !IntakeOnly && HandlingRating is { } h && h.IsDissatisfied();

    /// <summary>转不满意回访: the agent must ask why (002 第十七条).</summary>
    public void AwaitFollowUp()
    {
        FollowUpOnlyAfterDissatisfiedRating.Require(State == RevisitState.AwaitingRevisit && RatedDissatisfied);
        State = RevisitState.FollowUp;
    }

    public void RequireFollowUpPending()
    {
        if (State != RevisitState.FollowUp)
            throw FollowUpOnlyAfterDissatisfiedRating.Violated(State == RevisitState.Closed ? "该工单已办结。" : $"该工单当前为“{State.Name()}”，无需不满意回访。");
    }

    public void RequireAwaitingSupervisor()
    {
        if (State != RevisitState.AwaitingSupervisor)
            throw SupervisorDecidesOnlyReferredCases.Violated(State == RevisitState.Closed ? "该工单已办结。" : $"该工单当前为“{State.Name()}”，无需督办员决定。");
    }

    /// <summary>发回重办 (002 第十七条): the lead unit's assignment handles the case again in the next round.</summary>
    /// <returns>The lead's assignment, which the redo goes back to.</returns>
    public Guid SendBackForRedo()
    {
        if (State is not (RevisitState.FollowUp or RevisitState.AwaitingSupervisor))
            throw RedoNeedsTheLeadsReply.Violated($"该工单当前为“{State.Name()}”，不能发回重办。");
        if (LeadAssignmentId is not { } assignmentId)
            throw RedoNeedsTheLeadsReply.Violated(RedoNeedsTheLeadsReply.Message);
        State = RevisitState.AwaitingRedo;
        return assignmentId;
    }

    /// <summary>提交督办员决定: mediation or law enforcement (000), or the redo rounds used up.</summary>
    public void ReferToSupervisor()
    {
        FollowUpOnlyAfterDissatisfiedRating.Require(State == RevisitState.FollowUp);
        State = RevisitState.AwaitingSupervisor;
    }

    /// <summary>办结: the case leaves Evaluation with its final ratings.</summary>
    public void Close(ClosingOutcome outcome, DateTime closedAtUtc)
    {
        ClosedOnce.Require(State != RevisitState.Closed);
        State = RevisitState.Closed;
        Outcome = outcome;
        ClosedAtUtc = closedAtUtc;
    }

    private static string? Clip(string? text) => text is { Length: > 4000 } ? text[..4000] : text;
}
