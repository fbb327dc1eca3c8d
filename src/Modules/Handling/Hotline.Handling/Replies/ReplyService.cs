using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
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
/// ends handling of the round (CaseReplied). Afterwards the unit records that it told the caller.
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

    public async Task<ReplyView> ViewAsync(Guid assignmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (assignment, user) = await guard.InScopeAsync(db, assignmentId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var minLength = (await settings.GetAsync(cancellationToken)).ReplyMinLength;
        var contactDone = await ReplyAcceptance.ContactDoneAsync(db, assignment, cancellationToken);
        CoGateResult? gate = assignment.IsLead
            ? CoOpinionReads.Gate(await CoOpinionReads.CoUnitsAsync(db, assignment.CaseId, cancellationToken), assignment, now)
            : null;

        var children = await db.Assignments.AsNoTracking().Where(a => a.ParentAssignmentId == assignment.Id).ToListAsync(cancellationToken);
        var childIds = children.Select(c => c.Id).ToList();
        var replies = await db.Replies.AsNoTracking().Where(r => r.AssignmentId == assignment.Id)
            .OrderByDescending(r => r.Round).ThenByDescending(r => r.SubmittedAtUtc).ToListAsync(cancellationToken);
        var pendingChildReplies = await db.Replies.AsNoTracking()
            .Where(r => childIds.Contains(r.AssignmentId) && r.Status == ReplyStatus.AwaitingApproval)
            .OrderBy(r => r.SubmittedAtUtc).ToListAsync(cancellationToken);
        var names = (await units.GetUnitsAsync(replies.Concat(pendingChildReplies).Select(r => r.UnitId).Append(assignment.UnitId)
            .Concat(gate?.Missing.Select(m => m.UnitId) ?? []).Distinct(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);

        var mayDecideOwn = await acceptance.MayDecideAsync(db, assignment, user, cancellationToken);
        var mayDecideChildren = await acceptance.MayDecideForChildrenAsync(db, assignment, user, cancellationToken);
        var rows = replies.Select(r => ToRow(r, names, r.Status == ReplyStatus.AwaitingApproval && mayDecideOwn)).ToList();
        var pending = pendingChildReplies.Select(r => ToRow(r, names, mayDecideChildren)).ToList();

        var canAct = assignment.UnitId == user.UnitId;
        var refusal = ReplyRules.Refusal(assignment, assignment.CallerReachable, contactDone, gate, id => names.GetValueOrDefault(id, "（未知单位）"));
        var route = await ApprovalRouteAsync(db, assignment, user, cancellationToken);
        var notice = assignment.IsLead ? await NoticeAsync(db, assignment, now, cancellationToken) : null;
        var canNotice = canAct && notice is { NotifiedAtUtc: null } && assignment.Status == HandlingStatus.Replied && assignment.CallerReachable;
        return new ReplyView(assignment.Id, assignment.Version, assignment.Status, assignment.IsLead, assignment.ParentAssignmentId is not null,
            assignment.Role == AssignmentRole.CoHandling && assignment.ParentAssignmentId is null, assignment.RedoRound, assignment.RedoReason,
            canAct, refusal, assignment.CallerReachable, contactDone, minLength, gate, route, rows, pending, notice, canNotice);
    }

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
            reply.Status = ReplyStatus.AwaitingApproval;
            assignment.Status = HandlingStatus.AwaitingApproval;
            db.AddTimeline(assignment, user.Actor, now, "提交答复（待审核）",
                $"{ReplyNames.RoundName(reply.Round)}：{result.DisplayName()}；{text}", assignment.CompletionDueUtc);
        }
        else
        {
            reply.Status = ReplyStatus.Accepted;
            reply.DecidedAtUtc = now;
            reply.DecidedBy = user.Actor.UserName;
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

    public async Task RecordResultNoticeAsync(Guid assignmentId, ContactMethod method, string? note, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(method))
            throw new BusinessRuleException("请选择告知方式。");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (assignment, user) = await guard.OwnAsync(db, assignmentId, cancellationToken);
        var noteText = string.IsNullOrWhiteSpace(note) ? null : OutcomeText.Required(note, "告知情况", NoteMax);
        if (!assignment.IsLead || assignment.Status != HandlingStatus.Replied)
            throw new BusinessRuleException("主办单位答复通过后才能记录告知诉求人结果。");
        if (!assignment.CallerReachable)
            throw new BusinessRuleException("诉求人未留联系方式，无法告知。");
        var now = clock.GetUtcNow().UtcDateTime;
        var notice = await NoticeAsync(db, assignment, now, cancellationToken)
            ?? throw new BusinessRuleException("本轮答复尚未通过。");
        if (notice.NotifiedAtUtc is not null)
            throw new BusinessRuleException("已记录告知诉求人结果，无需重复记录。");

        db.Contacts.Add(new CallerContact
        {
            AssignmentId = assignment.Id,
            CaseId = assignment.CaseId,
            ContactedAtUtc = now,
            Method = method,
            Reached = true,
            Note = noteText,
            IsResultNotice = true,
            RecordedAtUtc = now,
            RecordedBy = user.Actor.UserName,
        });
        var onTime = !notice.Required || now <= notice.DueUtc;
        db.AddTimeline(assignment, user.Actor, now, "告知诉求人办理结果",
            method.DisplayName() + (noteText is null ? "" : "；" + noteText), notice.Required ? notice.DueUtc : null, notice.Required ? onTime : null);
        db.Audit(user.Actor, clock, "告知诉求人办理结果", "Assignment", assignment.CaseNumber, null);
        // The assignment's version guards against two users recording the notice at once.
        db.Entry(assignment).Property(a => a.Version).IsModified = true;
        await live.PublishAfterSaveAsync(db, [assignment.UnitId], cancellationToken);
        await SaveAsync(db, "已由他人记录告知诉求人结果，请刷新后查看。", cancellationToken);
    }

    private async Task DecideAsync(Guid replyId, Guid replyVersion, bool approve, string? rawNote, CancellationToken cancellationToken)
    {
        var user = await guard.UnitUserAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reply = await db.Replies.FirstOrDefaultAsync(r => r.Id == replyId, cancellationToken)
            ?? throw new BusinessRuleException("答复不存在。");
        var assignment = await db.Assignments.FirstAsync(a => a.Id == reply.AssignmentId, cancellationToken);
        if (!await acceptance.MayDecideAsync(db, assignment, user, cancellationToken))
            throw new UnauthorizedAccessException("您无权审核该答复：答复由本单位负责人或上级单位审核。");
        if (reply.Status != ReplyStatus.AwaitingApproval)
            throw new BusinessRuleException($"该答复{reply.Status.DisplayName()}，不能重复审核。");
        if (assignment.Status != HandlingStatus.AwaitingApproval)
            throw new BusinessRuleException("该工单已不在待审核状态（已退单、改派、收回或办结），答复不能再审核。");
        var note = approve
            ? (string.IsNullOrWhiteSpace(rawNote) ? null : OutcomeText.Required(rawNote, "审核意见", NoteMax))
            : OutcomeText.Required(rawNote, "退回修改的理由", NoteMax);

        var now = clock.GetUtcNow().UtcDateTime;
        db.Entry(reply).Property(r => r.Version).OriginalValue = replyVersion;
        reply.DecidedAtUtc = now;
        reply.DecidedBy = user.Actor.UserName;
        reply.DecisionNote = note;
        var touched = new List<HandlingAssignment> { assignment };
        if (approve)
        {
            reply.Status = ReplyStatus.Accepted;
            touched.AddRange(await acceptance.AcceptAsync(db, assignment, reply, user.Actor, now, cancellationToken));
        }
        else
        {
            reply.Status = ReplyStatus.Rejected;
            assignment.Status = HandlingStatus.InHandling;
            db.AddTimeline(assignment, user.Actor, now, "退回答复修改", "理由：" + note, assignment.CompletionDueUtc);
        }
        db.Audit(user.Actor, clock, approve ? "审核通过答复" : "退回答复修改", "Reply", reply.Id.ToString(), $"{assignment.CaseNumber} {note}");
        await live.PublishAfterSaveAsync(db, touched.Select(a => a.UnitId), cancellationToken);
        await SaveAsync(db, "该答复已被他人审核，请刷新后查看。", cancellationToken);
    }

    private static async Task<string> ApprovalRouteAsync(HandlingDbContext db, HandlingAssignment assignment, UnitUser user, CancellationToken cancellationToken)
    {
        if (assignment.ParentAssignmentId is not null)
            return "下级单位的答复提交后由上级单位审核。";
        if (assignment.Role != AssignmentRole.Lead)
            return "";
        if (!await ReplyAcceptance.RequiresManagerApprovalAsync(db, assignment.UnitId, cancellationToken))
            return "本单位答复无需审核，提交后即报送中心。";
        return user.IsManager ? "本单位答复须经单位负责人审核；您是单位负责人，提交后即报送中心。" : "本单位答复须经单位负责人审核后报送中心。";
    }

    private static async Task<ResultNoticeState?> NoticeAsync(HandlingDbContext db, HandlingAssignment assignment, DateTime now, CancellationToken cancellationToken)
    {
        var accepted = await db.Replies.AsNoTracking()
            .Where(r => r.AssignmentId == assignment.Id && r.Round == assignment.RedoRound && r.Status == ReplyStatus.Accepted)
            .OrderByDescending(r => r.DecidedAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (accepted?.DecidedAtUtc is not { } completedAt)
            return null;
        var notifiedAt = await db.Contacts.AsNoTracking()
            .Where(c => c.AssignmentId == assignment.Id && c.IsResultNotice && c.ContactedAtUtc >= completedAt)
            .OrderBy(c => c.ContactedAtUtc).Select(c => (DateTime?)c.ContactedAtUtc).FirstOrDefaultAsync(cancellationToken);
        var required = !accepted.CallerDeclinedCallback && assignment.CallerReachable;
        var due = ResultNoticeRule.DueUtc(completedAt);
        return new ResultNoticeState(required, due, notifiedAt,
            required && notifiedAt is { } at && at > due, required && notifiedAt is null && now > due);
    }

    private static ReplyRow ToRow(Reply r, IReadOnlyDictionary<Guid, string> names, bool canDecide) =>
        new(r.Id, r.Version, r.AssignmentId, r.UnitId, names.GetValueOrDefault(r.UnitId, "（未知单位）"), r.Round, r.Result, r.Text,
            r.ExplanationToCenter, r.CallerDeclinedCallback, r.SubmittedAtUtc, r.SubmittedBy, r.Status, r.DecidedAtUtc, r.DecidedBy,
            r.DecisionNote, canDecide);

    private static async Task SaveAsync(HandlingDbContext db, string conflictMessage, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(conflictMessage);
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<CoOpinion>().Any(e => e.State == EntityState.Added))
        {
            throw new BusinessRuleException(conflictMessage);
        }
    }
}
