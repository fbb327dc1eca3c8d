using Hotline.Handling.CoOpinions;

namespace Hotline.Handling.Replies;

/// <summary>
/// Who approves a reply, and what an accepted reply does: the lead's ends the round (CaseReplied);
/// a sub-unit's becomes its parent's reply (or the parent co-unit's opinion) and travels up.
/// </summary>
internal sealed class ReplyAcceptance(TimeProvider clock)
{
    public static async Task<bool> RequiresManagerApprovalAsync(HandlingDbContext db, Guid unitId, CancellationToken cancellationToken) =>
        await db.UnitSettings.AsNoTracking().Where(s => s.UnitId == unitId).Select(s => s.RequireManagerApproval).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A sub-unit's reply: the parent unit (its manager when the parent asks for manager approval); otherwise the unit's own manager.</summary>
    public async Task<bool> MayDecideAsync(HandlingDbContext db, HandlingAssignment assignment, UnitUser user, CancellationToken cancellationToken)
    {
        if (assignment.ParentAssignmentId is { } parentId)
        {
            var parent = await db.Assignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == parentId, cancellationToken);
            return parent is not null && await MayDecideForChildrenAsync(db, parent, user, cancellationToken);
        }
        return assignment.UnitId == user.UnitId && user.IsManager;
    }

    public async Task<bool> MayDecideForChildrenAsync(HandlingDbContext db, HandlingAssignment parent, UnitUser user, CancellationToken cancellationToken) =>
        parent.UnitId == user.UnitId && (user.IsManager || !await RequiresManagerApprovalAsync(db, parent.UnitId, cancellationToken));

    /// <summary>
    /// Whether the caller was contacted for this case by the unit chain the assignment belongs to:
    /// a sub-unit's contact counts for its parent and the parent's for its sub-units.
    /// </summary>
    public static async Task<bool> ContactDoneAsync(HandlingDbContext db, HandlingAssignment assignment, CancellationToken cancellationToken)
    {
        var all = await db.Assignments.AsNoTracking().Where(a => a.CaseId == assignment.CaseId)
            .Select(a => new { a.Id, a.ParentAssignmentId, a.FirstContactAtUtc }).ToListAsync(cancellationToken);
        var byId = all.ToDictionary(a => a.Id);
        var rootId = assignment.Id;
        while (byId.TryGetValue(rootId, out var node) && node.ParentAssignmentId is { } up && byId.ContainsKey(up))
            rootId = up;
        var lineage = new HashSet<Guid> { rootId };
        bool grew;
        do
        {
            grew = false;
            foreach (var a in all.Where(a => a.ParentAssignmentId is { } p && lineage.Contains(p) && !lineage.Contains(a.Id)))
                grew |= lineage.Add(a.Id);
        }
        while (grew);
        if (all.Any(a => lineage.Contains(a.Id) && a.FirstContactAtUtc is not null))
            return true;
        var ids = lineage.ToList();
        return await db.Contacts.AnyAsync(c => ids.Contains(c.AssignmentId) && !c.IsResultNotice, cancellationToken);
    }

    /// <summary>Applies an accepted reply to its (tracked) assignment and upwards; returns the other assignments it changed.</summary>
    public async Task<IReadOnlyList<HandlingAssignment>> AcceptAsync(HandlingDbContext db, HandlingAssignment assignment, Reply reply, Actor actor,
        DateTime now, CancellationToken cancellationToken)
    {
        assignment.AcceptReply(now);
        db.AddTimeline(assignment, actor, now, reply.Round == 0 ? "答复" : "重办答复",
            $"{reply.Result.DisplayName()}：{reply.Text}" + (reply.ExplanationToCenter is null ? "" : $"；向中心说明：{reply.ExplanationToCenter}")
            + (reply.CallerDeclinedCallback ? "；诉求人要求不回访" : ""),
            assignment.CompletionDueUtc, assignment.RepliedOnTime);

        if (assignment.ParentAssignmentId is not { } parentId)
        {
            if (assignment.Role == AssignmentRole.Lead)
            {
                db.Publish(new CaseReplied(assignment.CaseId, assignment.CaseNumber, assignment.Id, assignment.UnitId, reply.Id, reply.Round,
                    reply.Result, reply.Text, reply.CallerDeclinedCallback, now, assignment.RepliedOnTime!.Value), clock);
            }
            return [];
        }

        var parent = await db.Assignments.FirstAsync(a => a.Id == parentId, cancellationToken);
        if (parent.Status is not (HandlingStatus.InHandling or HandlingStatus.Redo))
        {
            // The parent already replied (or left the case): the sub-unit's reply stays on record for it.
            db.AddTimeline(parent, actor, now, "下级单位答复已审核", "本单位已不在答复环节，下级答复仅存档。");
            return [parent];
        }

        if (parent.Role == AssignmentRole.CoHandling && parent.ParentAssignmentId is null)
        {
            var lead = await CoOpinionReads.ActiveLeadAsync(db, parent.CaseId, cancellationToken);
            if (lead is not null && !await db.CoOpinions.AnyAsync(o => o.AssignmentId == parent.Id, cancellationToken))
                CoOpinionService.AddOpinion(db, parent, lead, reply.Text, actor, now, clock);
            return [parent];
        }

        if (parent.IsLead)
        {
            var gate = CoOpinionReads.Gate(await CoOpinionReads.CoUnitsAsync(db, parent.CaseId, cancellationToken), parent, now);
            if (!gate.MayReply)
                throw new BusinessRuleException("协办单位的意见已逾期未提交：请先在本单位工单上记录不再等待的决定及理由，再审核通过下级答复。");
        }

        var adopted = Reply.AdoptedFrom(reply, parent, actor.UserName, now);
        db.Replies.Add(adopted);
        if (parent.ParentAssignmentId is not null)
        {
            parent.AwaitApproval();
            db.AddTimeline(parent, actor, now, "采用下级单位答复（待上级审核）", $"{reply.Result.DisplayName()}：{reply.Text}", parent.CompletionDueUtc);
            return [parent];
        }
        adopted.Accept(now, actor.UserName);
        return [parent, .. await AcceptAsync(db, parent, adopted, actor, now, cancellationToken)];
    }

    /// <summary>Saves a reply or its decision; a co-unit's opinion added meanwhile by someone else is the same conflict.</summary>
    public static async Task SaveAsync(HandlingDbContext db, string conflictMessage, CancellationToken cancellationToken)
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
