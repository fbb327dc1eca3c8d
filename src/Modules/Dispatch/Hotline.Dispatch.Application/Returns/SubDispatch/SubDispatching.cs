using Hotline.Platform.Messaging;
using Hotline.Dispatch.Returns.Apply;

namespace Hotline.Dispatch.Returns.SubDispatch;

/// <summary>
/// 二级派单: a unit manager passes its assignment to one of its own sub-units (e.g. township → village).
/// The unit stays responsible (the sub-unit's reply comes back to it), and the deadlines are the
/// parent's: passing a case down never buys time.
/// </summary>
internal sealed class SubDispatching(
    IDbContextFactory<DispatchDbContext> contexts,
    AccessGate gate,
    IUnitDirectory units,
    LiveUpdates live,
    TimeProvider clock)
{
    /// <summary>The active sub-units (any depth) the manager may pass the assignment to, in tree order.</summary>
    public async Task<IReadOnlyList<UnitInfo>> TargetsAsync(CancellationToken cancellationToken = default)
    {
        var (_, unitId) = await gate.RequireUnitAsync(HotlineRoles.UnitManager);
        var below = await units.DescendantIdsAsync(unitId, includeSelf: false, cancellationToken);
        return (await units.GetUnitsAsync(below, cancellationToken)).Where(u => u.IsActive).ToList();
    }

    /// <param name="parentVersion">The parent assignment's version the manager saw; a second simultaneous sub-dispatch fails.</param>
    public async Task<Guid> SubDispatchAsync(Guid parentAssignmentId, Guid parentVersion, Guid subUnitId, string? note,
        CancellationToken cancellationToken = default)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(HotlineRoles.UnitManager);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parent = await db.Assignments.FirstOrDefaultAsync(a => a.Id == parentAssignmentId, cancellationToken);
        if (parent is null || parent.UnitId != unitId)
            throw new BusinessRuleException("派单不存在，或不是派给本单位的。");
        if (!parent.IsActive)
            throw new BusinessRuleException("该派单已结束，不能下派。");
        if (subUnitId == unitId || !await units.IsSameOrDescendantAsync(subUnitId, unitId, cancellationToken))
            throw new BusinessRuleException("只能下派给本单位的下级单位。");
        var target = await units.GetUnitAsync(subUnitId, cancellationToken);
        if (target is not { IsActive: true })
            throw new BusinessRuleException("该下级单位已停用，不能下派。");
        var current = await db.Assignments
            .Where(a => a.CaseId == parent.CaseId && a.ParentAssignmentId == parent.Id && a.Status == AssignmentStatus.Active)
            .Select(a => a.UnitId)
            .FirstOrDefaultAsync(cancellationToken);
        if (current != Guid.Empty)
        {
            var name = (await units.GetUnitAsync(current, cancellationToken))?.Name ?? "下级单位";
            throw new BusinessRuleException($"本单已下派给 {name}，同一时间只能下派给一个下级单位；如需改由其他单位办理，请先收回。");
        }
        var text = note?.Trim();
        if (text is { Length: > ReturnRules.MaxNoteLength })
            throw new BusinessRuleException($"下派说明不能超过 {ReturnRules.MaxNoteLength} 个字。");

        var now = clock.GetUtcNow().UtcDateTime;
        var sub = new Assignment
        {
            CaseId = parent.CaseId,
            DispatchId = parent.DispatchId,
            UnitId = subUnitId,
            Role = parent.Role,
            ParentAssignmentId = parent.Id,
            Note = string.IsNullOrEmpty(text) ? null : text,
            DispatchedAtUtc = now,
            DispatchedBy = actor.UserName,
            DispatchedByUserId = actor.UserId,
            SignForDueUtc = parent.SignForDueUtc,
            FirstContactDueUtc = parent.FirstContactDueUtc,
            CompletionDueUtc = parent.CompletionDueUtc,
            CompletionWorkingDays = parent.CompletionWorkingDays,
            // A sub-unit returns to its parent, never to the center: its window is the parent's, for the record only.
            ReturnWindowEndsUtc = parent.ReturnWindowEndsUtc,
        };
        db.Assignments.Add(sub);
        ReturnApplications.Touch(db, parent, parentVersion);
        var terms = new AssignmentTerms(sub.Id, sub.UnitId, sub.Role, parent.Id, sub.SignForDueUtc, sub.FirstContactDueUtc,
            sub.CompletionDueUtc, sub.CompletionWorkingDays);
        db.AddTimeline(parent.CaseId, actor, now, subUnitId, "二级派单",
            $"由本单位下派至 {target.PathName}，原办理期限不变" + (sub.Note is null ? "" : $"；说明：{sub.Note}"), sub.CompletionDueUtc);
        db.Publish(new AssignmentSubDispatched(parent.CaseId, parent.Id, terms, sub.Note, now, actor.UserName), clock);
        db.Audit(actor, clock, "二级派单", "Assignment", sub.Id.ToString(), $"工单 {parent.CaseId}；下派至 {target.Name}");
        await SaveAsync(db, cancellationToken);
        live.Publish(DispatchTopics.Case(parent.CaseId));
        return sub.Id;
    }

    /// <summary>收回: the manager takes a sub-assignment back (wrong village, no progress) so it can handle it or pass it elsewhere.</summary>
    public async Task RecallAsync(Guid subAssignmentId, Guid subVersion, string? reason, CancellationToken cancellationToken = default)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(HotlineRoles.UnitManager);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sub = await db.Assignments.FirstOrDefaultAsync(a => a.Id == subAssignmentId, cancellationToken);
        var parent = sub?.ParentAssignmentId is { } parentId
            ? await db.Assignments.FirstOrDefaultAsync(a => a.Id == parentId, cancellationToken)
            : null;
        if (sub is null || parent is null || parent.UnitId != unitId)
            throw new BusinessRuleException("下派记录不存在，或不是本单位下派的。");
        if (!sub.IsActive)
            throw new BusinessRuleException("该下派已结束，无需收回。");
        var why = ReturnRules.RequireText(reason, "请填写收回原因。", ReturnRules.MaxNoteLength);

        var now = clock.GetUtcNow().UtcDateTime;
        // The sub-unit's own sub-dispatches end with it: the whole branch comes back to the parent.
        var branch = await db.Assignments
            .Where(a => a.CaseId == sub.CaseId && a.Status == AssignmentStatus.Active && a.ParentAssignmentId != null)
            .ToListAsync(cancellationToken);
        var ending = branch.Where(a => a.Id == sub.Id || AssignmentTree.DescendsFrom(a, sub.Id, branch)).ToList();
        db.Entry(sub).Property(a => a.Version).OriginalValue = subVersion;
        foreach (var ended in ending)
            ended.Reassign(now, $"上级单位收回：{why}");
        var ids = ending.Select(a => a.Id).ToList();
        db.AddTimeline(sub.CaseId, actor, now, sub.UnitId, "收回下派", why);
        db.Publish(new AssignmentsEnded(sub.CaseId, ids, AssignmentEndReason.Reassigned, $"上级单位收回：{why}", CaseBackInQueue: false, now), clock);
        db.Audit(actor, clock, "收回下派", "Assignment", sub.Id.ToString(), why);
        await SaveAsync(db, cancellationToken);
        live.Publish(DispatchTopics.Case(sub.CaseId));
    }

    private static Task SaveAsync(DispatchDbContext db, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync("该派单已被他人处理（可能已下派或收回），请刷新后查看。", cancellationToken);
}
