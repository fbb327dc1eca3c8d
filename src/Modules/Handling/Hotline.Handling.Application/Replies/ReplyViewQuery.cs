using Hotline.Handling.CoOpinions;
using Hotline.Handling.ResultNotice;
using Hotline.Handling.Settings;

namespace Hotline.Handling.Replies;

/// <summary>What the reply section shows: this round's replies, sub-units' replies to approve, who approves, and the result notice.</summary>
internal sealed class ReplyViewQuery(
    IDbContextFactory<HandlingDbContext> contexts,
    OutcomeGuard guard,
    HandlingSettingsService settings,
    ReplyAcceptance acceptance,
    IUnitDirectory units,
    TimeProvider clock)
{
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

        // Through the case: the case-id index finds the sub-assignments (a parent id alone is a scan of every assignment).
        var children = await db.Assignments.AsNoTracking().Where(a => a.CaseId == assignment.CaseId && a.ParentAssignmentId == assignment.Id)
            .ToListAsync(cancellationToken);
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
        var notice = assignment.IsLead ? await ResultNoticeService.StateAsync(db, assignment, now, cancellationToken) : null;
        var canNotice = canAct && notice is { NotifiedAtUtc: null } && assignment.Status == HandlingStatus.Replied && assignment.CallerReachable;
        return new ReplyView(assignment.Id, assignment.Version, assignment.Status, assignment.IsLead, assignment.ParentAssignmentId is not null,
            assignment.Role == AssignmentRole.CoHandling && assignment.ParentAssignmentId is null, assignment.RedoRound, assignment.RedoReason,
            canAct, refusal, assignment.CallerReachable, contactDone, minLength, gate, route, rows, pending, notice, canNotice);
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

    private static ReplyRow ToRow(Reply r, IReadOnlyDictionary<Guid, string> names, bool canDecide) =>
        new(r.Id, r.Version, r.AssignmentId, r.UnitId, names.GetValueOrDefault(r.UnitId, "（未知单位）"), r.Round, r.Result, r.Text,
            r.ExplanationToCenter, r.CallerDeclinedCallback, r.SubmittedAtUtc, r.SubmittedBy, r.Status, r.DecidedAtUtc, r.DecidedBy,
            r.DecisionNote, canDecide);
}
