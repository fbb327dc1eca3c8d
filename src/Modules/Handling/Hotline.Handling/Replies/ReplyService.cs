using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
using Hotline.Platform.Persistence;
using Hotline.Platform.Rules;
using Hotline.Platform;
using Hotline.Platform.Auditing;
using Hotline.Platform.Messaging;
using Hotline.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Hotline.Handling.CoOpinions;
using Hotline.Handling.Contact;
using Hotline.Handling.Settings;
using Hotline.Handling.Shared;

namespace Hotline.Handling.Replies;

/// <summary>
/// 答复: the lead (or a sub-unit on its sub-assignment) replies; the unit manager approves when the
/// unit asks for it, the parent unit always approves a sub-unit's reply; the lead's accepted reply
/// ends handling of the round (CaseReplied). What the section shows is <see cref="ReplyViewQuery"/>;
/// telling the caller afterwards is <see cref="ResultNotice.ResultNoticeService"/>.
/// </summary>
internal sealed class ReplyService(
    IDbContextFactory<HandlingDbContext> contexts,
    OutcomeGuard guard,
    HandlingSettingsService settings,
    ReplyAcceptance acceptance,
    IUnitDirectory units,
    HandlingLive live,
    TimeProvider clock)
{
    public const int NoteMax = 1000;

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
        await SaveAsync(db, "该工单已被他人答复或处理，请刷新后查看。", cancellationToken);
        return !needsApproval;
    }

    public Task ApproveAsync(Guid replyId, Guid replyVersion, string? note, CancellationToken cancellationToken = default) =>
        DecideAsync(replyId, replyVersion, approve: true, note, cancellationToken);

    public Task RejectAsync(Guid replyId, Guid replyVersion, string? reason, CancellationToken cancellationToken = default) =>
        DecideAsync(replyId, replyVersion, approve: false, reason, cancellationToken);

    private async Task DecideAsync(Guid replyId, Guid replyVersion, bool approve, string? rawNote, CancellationToken cancellationToken)
    {
        var user = await guard.UnitUserAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reply = await db.Replies.FirstOrDefaultAsync(r => r.Id == replyId, cancellationToken)
            ?? throw new BusinessRuleException("答复不存在。");
        var assignment = await db.Assignments.FirstAsync(a => a.Id == reply.AssignmentId, cancellationToken);
        if (!await acceptance.MayDecideAsync(db, assignment, user, cancellationToken))
            throw new UnauthorizedAccessException("您无权审核该答复：答复由本单位负责人或上级单位审核。");
        reply.RequireAwaiting(assignment);
        var note = approve
            ? (string.IsNullOrWhiteSpace(rawNote) ? null : RequiredText.Of(rawNote, "审核意见", NoteMax))
            : RequiredText.Of(rawNote, "退回修改的理由", NoteMax);

        var now = clock.GetUtcNow().UtcDateTime;
        db.Entry(reply).Property(r => r.Version).OriginalValue = replyVersion;
        var touched = new List<HandlingAssignment> { assignment };
        if (approve)
        {
            reply.Approve(assignment, now, user.Actor.UserName, note);
            touched.AddRange(await acceptance.AcceptAsync(db, assignment, reply, user.Actor, now, cancellationToken));
        }
        else
        {
            reply.Reject(assignment, now, user.Actor.UserName, note!);
            db.AddTimeline(assignment, user.Actor, now, "退回答复修改", "理由：" + note, assignment.CompletionDueUtc);
        }
        db.Audit(user.Actor, clock, approve ? "审核通过答复" : "退回答复修改", "Reply", reply.Id.ToString(), $"{assignment.CaseNumber} {note}");
        await live.PublishAfterSaveAsync(db, touched.Select(a => a.UnitId), cancellationToken);
        await SaveAsync(db, "该答复已被他人审核，请刷新后查看。", cancellationToken);
    }

    private static async Task SaveAsync(HandlingDbContext db, string conflictMessage, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveOrConflictAsync(conflictMessage, cancellationToken);
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<CoOpinion>().Any(e => e.State == EntityState.Added))
        {
            throw new BusinessRuleException(conflictMessage);
        }
    }
}
