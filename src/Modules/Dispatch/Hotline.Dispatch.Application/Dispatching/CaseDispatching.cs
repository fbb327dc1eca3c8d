using Hotline.Platform.Messaging;
using Hotline.Platform.Time;
using Hotline.Supervision.Contracts;

namespace Hotline.Dispatch.Dispatching;

/// <summary>
/// 派单, 改派 and 指定办理: creates the units' assignments with their deadlines and announces them,
/// together with the timeline step and the audit entry, in one save. The case's version guards
/// against two dispatchers acting on the same case at once.
/// </summary>
internal sealed class CaseDispatching(
    IDbContextFactory<DispatchDbContext> contexts,
    AccessGate gate,
    IUnitDirectory units,
    DeadlineTerms terms,
    ICoordinationRecords coordinations,
    TimeProvider clock,
    LiveUpdates live)
{
    public const string ConflictMessage = "该工单已被其他派单员派出，请刷新后查看。";

    /// <summary>The deadlines a dispatch made now would set, for the dispatcher to see before confirming.</summary>
    public async Task<DispatchDeadlines> PreviewAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(DispatchAccess.Dispatchers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dispatchCase = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == caseId, cancellationToken)
            ?? throw new BusinessRuleException("该工单不在派单环节。");
        return await terms.ComputeAsync(clock.GetUtcNow().UtcDateTime, dispatchCase.Urgency, dispatchCase.RequestType,
            dispatchCase.CategoryId, cancellationToken);
    }

    public async Task<DispatchOutcome> DispatchAsync(DispatchInput input, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(DispatchAccess.Dispatchers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dispatchCase = await db.Cases.FirstOrDefaultAsync(c => c.CaseId == input.CaseId, cancellationToken)
            ?? throw new BusinessRuleException("该工单不在派单环节。");
        if (dispatchCase.Version != input.Version)
            throw new BusinessRuleException(ConflictMessage);
        var mode = await ModeAsync(dispatchCase.State);

        var reason = input.Reason?.Trim();
        if (mode == DispatchMode.Reassign && string.IsNullOrEmpty(reason))
            throw new BusinessRuleException("改派须填写原因。");
        if (reason is { Length: > DispatchValidation.MaxNoteLength })
            throw new BusinessRuleException($"改派原因不能超过 {DispatchValidation.MaxNoteLength} 字。");
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note is { Length: > DispatchValidation.MaxNoteLength })
            throw new BusinessRuleException($"给承办单位的说明不能超过 {DispatchValidation.MaxNoteLength} 字。");
        var (lead, coUnits) = await DispatchValidation.UnitsAsync(units, input.LeadUnitId, input.CoUnitIds, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var ended = mode == DispatchMode.Reassign
            ? await EndActiveAssignmentsAsync(db, dispatchCase, lead, coUnits, reason!, now, cancellationToken)
            : [];
        var deadlines = await terms.ComputeAsync(now, dispatchCase.Urgency, dispatchCase.RequestType, dispatchCase.CategoryId, cancellationToken);
        var dispatchId = Guid.CreateVersion7();
        var assignments = new List<Assignment> { NewAssignment(dispatchCase, dispatchId, lead.Id, AssignmentRole.Lead, note, deadlines, actor) };
        assignments.AddRange(coUnits.Select(u => NewAssignment(dispatchCase, dispatchId, u.Id, AssignmentRole.CoHandling, note, deadlines, actor)));
        db.Assignments.AddRange(assignments);

        dispatchCase.Dispatch(now);
        db.Entry(dispatchCase).Property(c => c.Version).OriginalValue = input.Version;

        var detail = Describe(lead, coUnits, deadlines, note, ended.Count > 0 ? reason : null);
        // A designation after the center coordinated the dispute (002 art. 23) is made on that record: the step cites it.
        if (mode == DispatchMode.Designate && await coordinations.LatestForCaseAsync(dispatchCase.CaseNumber, now, cancellationToken) is { } coordination)
            detail += $"（依据 {ChinaTime.Format(coordination.HeldAtUtc)} 协调记录《{coordination.Subject}》）";
        if (ended.Count > 0)
        {
            db.Publish(new AssignmentsEnded(dispatchCase.CaseId, ended.Select(a => a.Id).ToList(), AssignmentEndReason.Reassigned,
                reason!, CaseBackInQueue: false, now), clock);
        }
        db.AddTimeline(dispatchCase.CaseId, actor, now, lead.Id, mode.DisplayName(), detail, deadlines.Completion.DueUtc);
        db.Audit(actor, clock, mode.DisplayName(), "Case", dispatchCase.CaseNumber, detail);
        db.Publish(new CaseDispatched(dispatchCase.CaseId, dispatchCase.CaseNumber, dispatchCase.RequestType, dispatchCase.CategoryId,
            dispatchCase.Summary, dispatchCase.IsConfidential, dispatchCase.SubjectUnitId, dispatchCase.CallerReachable,
            assignments.Select(a => deadlines.TermsFor(a.Id, a.UnitId, a.Role)).ToList(),
            note, now, actor.UserName, IsReassignment: mode == DispatchMode.Reassign), clock);
        await db.SaveOrConflictAsync(ConflictMessage, cancellationToken);
        live.Publish(DispatchTopics.Queue);
        live.Publish(DispatchTopics.Case(dispatchCase.CaseId));
        return new DispatchOutcome(dispatchCase.CaseNumber, mode, [lead.Name, .. coUnits.Select(u => u.Name)]);
    }

    /// <summary>What confirming would do for a case in this state, if the signed-in user may do it.</summary>
    public async Task<DispatchMode> ModeAsync(DispatchState state) => state switch
    {
        DispatchState.Waiting => DispatchMode.Dispatch,
        DispatchState.Dispatched => DispatchMode.Reassign,
        DispatchState.AwaitingDesignation when await gate.IsInAnyRoleAsync(DispatchAccess.Supervisors) => DispatchMode.Designate,
        DispatchState.AwaitingDesignation => throw new BusinessRuleException("该工单已多次退回，须由督办员指定办理单位。"),
        _ => throw new BusinessRuleException("该工单已办结，不能再派单。"),
    };

    private static async Task<IReadOnlyList<Assignment>> EndActiveAssignmentsAsync(DispatchDbContext db, DispatchCase dispatchCase,
        UnitInfo lead, IReadOnlyList<UnitInfo> coUnits, string reason, DateTime now, CancellationToken cancellationToken)
    {
        var active = await db.Assignments
            .Where(a => a.CaseId == dispatchCase.CaseId && a.Status == AssignmentStatus.Active)
            .ToListAsync(cancellationToken);
        var current = active.Where(a => a.ParentAssignmentId == null).ToList();
        var sameLead = current.Any(a => a.Role == AssignmentRole.Lead && a.UnitId == lead.Id);
        var sameCo = current.Where(a => a.Role == AssignmentRole.CoHandling).Select(a => a.UnitId).ToHashSet()
            .SetEquals(coUnits.Select(u => u.Id));
        if (sameLead && sameCo)
            throw new BusinessRuleException("改派后的承办单位与当前相同，请选择其他单位。");
        foreach (var assignment in active)
            assignment.Reassign(now, reason);
        return active;
    }

    private static Assignment NewAssignment(DispatchCase dispatchCase, Guid dispatchId, Guid unitId, AssignmentRole role, string? note,
        DispatchDeadlines deadlines, Actor actor)
    {
        var id = Guid.CreateVersion7();
        var t = deadlines.TermsFor(id, unitId, role);
        return new Assignment
        {
            Id = id,
            CaseId = dispatchCase.CaseId,
            DispatchId = dispatchId,
            UnitId = unitId,
            Role = role,
            Note = note,
            DispatchedAtUtc = deadlines.DispatchedAtUtc,
            DispatchedBy = actor.UserName,
            DispatchedByUserId = actor.UserId,
            SignForDueUtc = t.SignForDueUtc,
            FirstContactDueUtc = t.FirstContactDueUtc,
            CompletionDueUtc = t.CompletionDueUtc,
            CompletionWorkingDays = t.CompletionWorkingDays,
            ReturnWindowEndsUtc = deadlines.ReturnWindowEnds.DueUtc,
        };
    }

    private static string Describe(UnitInfo lead, IReadOnlyList<UnitInfo> coUnits, DispatchDeadlines d, string? note, string? reason)
    {
        var parts = new List<string> { $"主办：{lead.Name}" };
        if (coUnits.Count > 0)
            parts.Add($"协办：{string.Join("、", coUnits.Select(u => u.Name))}");
        parts.Add($"签收时限 {ChinaTime.Format(d.SignFor.DueUtc)}");
        parts.Add($"办结时限 {ChinaTime.Format(d.Completion.DueUtc)}（{d.CompletionWorkingDays} 个工作日）");
        if (reason is not null)
            parts.Add($"改派原因：{reason}");
        if (note is not null)
            parts.Add($"说明：{note}");
        return string.Join("；", parts);
    }
}
