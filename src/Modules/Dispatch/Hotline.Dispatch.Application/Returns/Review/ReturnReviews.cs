using Hotline.Platform.Messaging;
using Hotline.Supervision.Contracts;
using Hotline.Platform.Time;
using Hotline.Dispatch.Settings;

namespace Hotline.Dispatch.Returns.Review;

/// <summary>The center's side of 退单: the dispatcher approves or refuses; after a dispute a supervisor decides finally.</summary>
internal sealed class ReturnReviews(
    IDbContextFactory<DispatchDbContext> contexts,
    AccessGate gate,
    DispatchSettingsService settings,
    ReturnApproval approval,
    ICoordinationRecords coordinations,
    LiveUpdates live,
    TimeProvider clock)
{
    public const string Conflict = "该退单申请已被其他审核人处理，请刷新后查看最新结果。";

    /// <param name="requestVersion">The version the reviewer saw: of two reviewers deciding at once, the second is told.</param>
    public async Task<ApprovalOutcome> ApproveAsync(Guid requestId, Guid requestVersion, string? note, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(DispatchAccess.Dispatchers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (request, assignment) = await LoadAsync(db, requestId, cancellationToken);
        request.RequireReviewable(assignment);
        var opinion = Optional(note);
        db.Entry(request).Property(r => r.Version).OriginalValue = requestVersion;
        request.Approve(assignment, clock.GetUtcNow().UtcDateTime, actor.UserName, opinion);
        var outcome = await approval.ApplyAsync(db, request, assignment, await settings.GetAsync(cancellationToken), actor, "审核同意", opinion, cancellationToken);
        await SaveAsync(db, cancellationToken);
        Announce(request.CaseId, outcome.CaseBackInQueue);
        return outcome;
    }

    /// <summary>驳回: the unit must go on handling; its deadlines do not move.</summary>
    public async Task RefuseAsync(Guid requestId, Guid requestVersion, string? reason, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(DispatchAccess.Dispatchers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (request, assignment) = await LoadAsync(db, requestId, cancellationToken);
        request.RequireReviewable(assignment);
        var why = ReturnRules.RequireText(reason, "请填写驳回理由。", ReturnRules.MaxNoteLength);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Entry(request).Property(r => r.Version).OriginalValue = requestVersion;
        request.Refuse(assignment, now, actor.UserName, why);
        db.AddTimeline(request.CaseId, actor, now, request.UnitId, "退单审核驳回", $"{why}（请继续办理，办理期限不变）");
        db.Publish(new ReturnDecided(request.Id, request.CaseId, request.AssignmentId, request.UnitId, Approved: false, Final: false, now), clock);
        db.Audit(actor, clock, "退单审核驳回", "ReturnRequest", request.Id.ToString(), why);
        await SaveAsync(db, cancellationToken);
        Announce(request.CaseId, caseBackInQueue: false);
    }

    /// <summary>争议审核 by a supervisor: uphold (the return is approved as by a dispatcher) or reject (final).</summary>
    public async Task<ApprovalOutcome?> DecideDisputeAsync(Guid requestId, Guid requestVersion, bool uphold, string? note,
        CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(DispatchAccess.Supervisors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (request, assignment) = await LoadAsync(db, requestId, cancellationToken);
        request.RequireDisputeDecidable(assignment);
        var opinion = uphold ? Optional(note) : ReturnRules.RequireText(note, "请填写驳回争议的理由。", ReturnRules.MaxNoteLength);
        var now = clock.GetUtcNow().UtcDateTime;
        // A dispute the center coordinated (002 art. 23) is decided on that record: the decision cites it.
        var caseNumber = await db.Cases.Where(c => c.CaseId == request.CaseId).Select(c => c.CaseNumber).FirstOrDefaultAsync(cancellationToken);
        if (caseNumber is not null && await coordinations.LatestForCaseAsync(caseNumber, now, cancellationToken) is { } coordination)
        {
            var cited = $"{opinion}（依据 {ChinaTime.Format(coordination.HeldAtUtc)} 协调记录《{coordination.Subject}》）";
            opinion = cited.Length <= ReturnRules.MaxNoteLength ? cited : opinion;
        }
        db.Entry(request).Property(r => r.Version).OriginalValue = requestVersion;
        request.DecideDispute(assignment, uphold, now, actor.UserName, opinion);
        ApprovalOutcome? outcome = null;
        if (uphold)
        {
            outcome = await approval.ApplyAsync(db, request, assignment, await settings.GetAsync(cancellationToken), actor, "争议成立", opinion, cancellationToken);
        }
        else
        {
            db.AddTimeline(request.CaseId, actor, now, request.UnitId, "退单争议驳回", $"{opinion}（最终决定，请继续办理）");
            db.Publish(new ReturnDecided(request.Id, request.CaseId, request.AssignmentId, request.UnitId, Approved: false, Final: true, now), clock);
            db.Audit(actor, clock, "退单争议驳回", "ReturnRequest", request.Id.ToString(), opinion);
        }
        await SaveAsync(db, cancellationToken);
        Announce(request.CaseId, outcome?.CaseBackInQueue == true);
        return outcome;
    }

    private static async Task<(ReturnRequest, Assignment)> LoadAsync(DispatchDbContext db, Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.Returns.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw new BusinessRuleException("退单申请不存在。");
        var assignment = await db.Assignments.FirstAsync(a => a.Id == request.AssignmentId, cancellationToken);
        return (request, assignment);
    }

    private static string? Optional(string? note)
    {
        var text = note?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        return text.Length <= ReturnRules.MaxNoteLength ? text : throw new BusinessRuleException($"审核意见不能超过 {ReturnRules.MaxNoteLength} 个字。");
    }

    private static Task SaveAsync(DispatchDbContext db, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync(Conflict, cancellationToken);

    private void Announce(Guid caseId, bool caseBackInQueue)
    {
        live.Publish(ReturnTopics.Returns);
        live.Publish(DispatchTopics.Case(caseId));
        if (caseBackInQueue)
            live.Publish(DispatchTopics.Queue);
    }
}
