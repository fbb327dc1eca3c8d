using Hotline.Handling.CoOpinions;
using Hotline.Handling.Settings;

namespace Hotline.Handling.Replies;

/// <summary>
/// 答复: the lead (or a sub-unit on its sub-assignment) replies; a reply waits for the unit manager when the unit asks
/// for it and always for the parent unit when a sub-unit replies (<see cref="ReplyApprovals"/>); otherwise it is accepted
/// at once (<see cref="ReplyAcceptance"/>). What the section shows is <see cref="ReplyViewQuery"/>; telling the caller
/// afterwards is <see cref="ResultNotice.ResultNoticeService"/>.
/// </summary>
internal sealed class ReplySubmission(
    IDbContextFactory<HandlingDbContext> contexts,
    OutcomeGuard guard,
    HandlingSettingsService settings,
    ReplyAcceptance acceptance,
    IUnitDirectory units,
    HandlingLive live,
    TimeProvider clock)
{
    /// <returns>True when the reply was accepted at once; false when it waits for approval.</returns>
    public async Task<bool> SubmitAsync(Guid assignmentId, Guid assignmentVersion, ReplyInput input, CancellationToken cancellationToken = default)
    {
        var minLength = (await settings.GetAsync(cancellationToken)).ReplyMinLength;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (assignment, user) = await guard.OwnAsync(db, assignmentId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var gate = assignment.IsLead
            ? CoOpinionReads.Gate(await CoOpinionReads.CoUnitsAsync(db, assignment.CaseId, cancellationToken), assignment, now)
            : null;
        var contactDone = await ReplyAcceptance.ContactDoneAsync(db, assignment, cancellationToken);
        var names = gate is null ? new Dictionary<Guid, string>()
            : (await units.GetUnitsAsync(gate.Missing.Select(m => m.UnitId), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        if (ReplyRules.Refusal(assignment, assignment.CallerReachable, contactDone, gate, id => names.GetValueOrDefault(id, "")) is { } refusal)
            throw new BusinessRuleException(refusal);
        var (result, text, explanation) = ReplyRules.Validate(input, minLength);

        db.Entry(assignment).Property(a => a.Version).OriginalValue = assignmentVersion;
        var reply = new Reply
        {
            AssignmentId = assignment.Id,
            CaseId = assignment.CaseId,
            UnitId = assignment.UnitId,
            Round = assignment.RedoRound,
            Result = result,
            Text = text,
            ExplanationToCenter = explanation,
            CallerDeclinedCallback = input.CallerDeclinedCallback,
            SubmittedAtUtc = now,
            SubmittedBy = user.Actor.UserName,
        };
        db.Replies.Add(reply);
        var needsApproval = assignment.ParentAssignmentId is not null
                            || (!user.IsManager && await ReplyAcceptance.RequiresManagerApprovalAsync(db, assignment.UnitId, cancellationToken));
        var touched = new List<HandlingAssignment> { assignment };
        if (needsApproval)
        {
            assignment.AwaitApproval();
            db.AddTimeline(assignment, user.Actor, now, "提交答复（待审核）",
                $"{ReplyNames.RoundName(reply.Round)}：{result.DisplayName()}；{text}", assignment.CompletionDueUtc);
        }
        else
        {
            reply.Accept(now, user.Actor.UserName);
            touched.AddRange(await acceptance.AcceptAsync(db, assignment, reply, user.Actor, now, cancellationToken));
        }
        db.Audit(user.Actor, clock, needsApproval ? "提交答复待审核" : "答复", "Assignment", assignment.CaseNumber,
            $"{result.DisplayName()}");
        await live.PublishAfterSaveAsync(db, touched.Select(a => a.UnitId), cancellationToken);
        await ReplyAcceptance.SaveAsync(db, "该工单已被他人答复或处理，请刷新后查看。", cancellationToken);
        return !needsApproval;
    }
}
