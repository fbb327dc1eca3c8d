using Hotline.Platform.Messaging;
using Hotline.Dispatch.Returns.SubDispatch;
using Hotline.Dispatch.Settings;
using Hotline.Dispatch.Dispatching;

namespace Hotline.Dispatch.Returns.Review;

/// <summary>What an approved return did to the case.</summary>
internal sealed record ApprovalOutcome(bool CaseBackInQueue, bool AwaitingDesignation, IReadOnlyList<Guid> EndedAssignmentIds);

/// <summary>
/// The effect of an approved return, shared by the dispatcher's approval and the supervisor's upheld
/// dispute. The lead's return sends the whole case back (every unit's part ends, since the lead
/// replies for all); a co-unit's return ends only its part and what it passed down.
/// </summary>
internal sealed class ReturnApproval(TimeProvider clock)
{
    /// <summary>Adds every change, event, audit and timeline entry to <paramref name="db"/>; the caller saves once.</summary>
    public async Task<ApprovalOutcome> ApplyAsync(DispatchDbContext db, ReturnRequest request, Assignment assignment,
        DispatchSettings settings, Actor actor, string decisionLabel, string? note, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var active = await db.Assignments
            .Where(a => a.CaseId == request.CaseId && a.Status == AssignmentStatus.Active)
            .ToListAsync(cancellationToken);
        var ending = assignment.Role == AssignmentRole.Lead
            ? active
            : active.Where(a => a.Id == assignment.Id || AssignmentTree.DescendsFrom(a, assignment.Id, active)).ToList();
        var endNote = $"退单（{request.Reason.DisplayName()}）{decisionLabel}";
        foreach (var ended in ending)
            ended.Return(now, ended.Id == assignment.Id ? endNote : $"{endNote}，随主办单位退单结束");

        var backInQueue = assignment.Role == AssignmentRole.Lead;
        var awaitingDesignation = false;
        if (backInQueue)
        {
            var dispatchCase = await db.Cases.FirstOrDefaultAsync(c => c.CaseId == request.CaseId, cancellationToken)
                ?? throw new BusinessRuleException("派单记录中找不到该工单。");
            awaitingDesignation = dispatchCase.ReturnToQueue(now, settings.ApprovedReturnsBeforeDesignation);
        }

        var ids = ending.Select(a => a.Id).ToList();
        var detail = $"{request.Reason.DisplayName()}：{request.Basis}" + (string.IsNullOrWhiteSpace(note) ? "" : $"；审核意见：{note}");
        db.AddTimeline(request.CaseId, actor, now, assignment.UnitId, $"退单{decisionLabel}", detail);
        if (awaitingDesignation)
            db.AddTimeline(request.CaseId, actor, now, null, "转指定办理",
                $"已同意退单 {settings.ApprovedReturnsBeforeDesignation} 次，等待督办员指定承办单位");
        else if (backInQueue)
            db.AddTimeline(request.CaseId, actor, now, null, "退回待派单", "主办单位退单，工单回到派单队列");

        db.Publish(new AssignmentsEnded(request.CaseId, ids, AssignmentEndReason.Returned, detail, backInQueue, now), clock);
        db.Publish(new ReturnDecided(request.Id, request.CaseId, request.AssignmentId, request.UnitId, Approved: true, Final: true, now), clock);
        db.Audit(actor, clock, $"退单{decisionLabel}", "ReturnRequest", request.Id.ToString(),
            $"工单 {request.CaseId}；结束派单 {ids.Count} 个" + (awaitingDesignation ? "；转指定办理" : backInQueue ? "；退回待派单" : ""));
        return new ApprovalOutcome(backInQueue, awaitingDesignation, ids);
    }
}
