using Hotline.Platform.Messaging;
using Hotline.Dispatch.Settings;
using Hotline.Dispatch.Dispatching;

namespace Hotline.Dispatch.Returns.Apply;

/// <summary>The member unit's side of 退单: applying to return its own assignment, and disputing a refusal once.</summary>
internal sealed class ReturnApplications(
    IDbContextFactory<DispatchDbContext> contexts,
    AccessGate gate,
    DispatchSettingsService settings,
    LiveUpdates live,
    TimeProvider clock)
{
    /// <param name="assignmentVersion">The assignment's version the user saw, so two colleagues applying at once cannot both succeed.</param>
    public async Task<Guid> ApplyAsync(Guid assignmentId, Guid assignmentVersion, ReturnReason reason, string? basis,
        CancellationToken cancellationToken = default)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(DispatchAccess.UnitRoles);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var assignment = await OwnAssignmentAsync(db, assignmentId, unitId, cancellationToken);
        if (!Enum.IsDefined(reason))
            throw new BusinessRuleException("请选择退单原因。");
        var text = ReturnRules.RequireText(basis, "请填写退单依据。", ReturnRules.MaxBasisLength, ReturnRules.MinBasisLength);
        var now = clock.GetUtcNow().UtcDateTime;
        var earlier = await db.Returns.Where(r => r.AssignmentId == assignmentId).ToListAsync(cancellationToken);
        var current = await settings.GetAsync(cancellationToken);
        var request = ReturnRequest.Apply(assignment, earlier, reason, text, now, actor.UserName, current.ReturnWindowWorkingDays);
        db.Returns.Add(request);
        // Touching the assignment's version makes a second, simultaneous application fail instead of adding a twin.
        Touch(db, assignment, assignmentVersion);
        db.AddTimeline(assignment.CaseId, actor, now, assignment.UnitId, "申请退单", $"{reason.DisplayName()}：{text}",
            assignment.ReturnWindowEndsUtc, onTime: true);
        db.Publish(new ReturnRequested(request.Id, assignment.CaseId, assignment.Id, assignment.UnitId, reason, now), clock);
        db.Audit(actor, clock, "申请退单", "ReturnRequest", request.Id.ToString(), $"工单 {assignment.CaseId}；{reason.DisplayName()}");
        await SaveAsync(db, "该派单已被他人处理（可能已有同事提交退单申请），请刷新后查看。", cancellationToken);
        Announce(assignment.CaseId);
        return request.Id;
    }

    /// <summary>争议: the unit disagrees with a refused return; a supervisor decides finally. Once per request.</summary>
    public async Task DisputeAsync(Guid requestId, Guid requestVersion, string? text, CancellationToken cancellationToken = default)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(DispatchAccess.UnitRoles);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.Returns.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null || request.UnitId != unitId)
            throw new BusinessRuleException("退单申请不存在，或不属于本单位。");
        var assignment = await db.Assignments.FirstAsync(a => a.Id == request.AssignmentId, cancellationToken);
        request.RequireDisputable(assignment);
        var reasons = ReturnRules.RequireText(text, "请填写争议理由。", ReturnRules.MaxBasisLength);

        var now = clock.GetUtcNow().UtcDateTime;
        db.Entry(request).Property(r => r.Version).OriginalValue = requestVersion;
        request.Dispute(assignment, reasons, now, actor.UserName);
        db.AddTimeline(request.CaseId, actor, now, request.UnitId, "退单争议", reasons);
        db.Audit(actor, clock, "退单争议", "ReturnRequest", request.Id.ToString(), reasons);
        await SaveAsync(db, "该退单申请已被他人处理（可能已提出争议），请刷新后查看。", cancellationToken);
        Announce(request.CaseId);
    }

    /// <summary>Only the assigned unit itself applies: a parent unit acts through its own assignment, a stranger sees nothing.</summary>
    private static async Task<Assignment> OwnAssignmentAsync(DispatchDbContext db, Guid assignmentId, Guid unitId, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments.FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken);
        if (assignment is null || assignment.UnitId != unitId)
            throw new BusinessRuleException("派单不存在，或不是派给本单位的。");
        return assignment;
    }

    internal static void Touch(DispatchDbContext db, Assignment assignment, Guid expectedVersion)
    {
        var version = db.Entry(assignment).Property(a => a.Version);
        version.OriginalValue = expectedVersion;
        version.IsModified = true;
    }

    private static Task SaveAsync(DispatchDbContext db, string conflict, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync(conflict, cancellationToken);

    private void Announce(Guid caseId)
    {
        live.Publish(ReturnTopics.Returns);
        live.Publish(DispatchTopics.Case(caseId));
    }
}
