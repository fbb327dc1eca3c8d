using Hotline.Handling.Settings;

namespace Hotline.Handling.CoOpinions;

/// <summary>协办意见: co-units give their opinion to the lead; the lead may decide to proceed without a missing one.</summary>
internal sealed class CoOpinionService(
    IDbContextFactory<HandlingDbContext> contexts,
    OutcomeGuard guard,
    HandlingSettingsService settings,
    IUnitDirectory units,
    HandlingLive live,
    TimeProvider clock)
{
    public const int ReasonMax = 1000;

    public async Task<CoOpinionsView> ForAssignmentAsync(Guid assignmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (assignment, user) = await guard.InScopeAsync(db, assignmentId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var minLength = (await settings.GetAsync(cancellationToken)).ReplyMinLength;
        var canAct = assignment.UnitId == user.UnitId;
        var isCo = assignment.Role == AssignmentRole.CoHandling && assignment.ParentAssignmentId is null;

        if (isCo)
        {
            var lead = await CoOpinionReads.ActiveLeadAsync(db, assignment.CaseId, cancellationToken);
            var opinion = await db.CoOpinions.AsNoTracking().FirstOrDefaultAsync(o => o.AssignmentId == assignment.Id, cancellationToken);
            var names = await NamesAsync([assignment.UnitId, .. lead is null ? Array.Empty<Guid>() : [lead.UnitId]], cancellationToken);
            var own = Row(assignment, opinion, names, now);
            return new CoOpinionsView(assignment.Id, assignment.Version, true, false, canAct, minLength,
                lead is null ? null : names.GetValueOrDefault(lead.UnitId), own, SubmitRefusal(assignment, opinion, lead), [], null, null, null, null);
        }
        if (assignment.IsLead)
        {
            var coUnits = await CoOpinionReads.CoUnitsAsync(db, assignment.CaseId, cancellationToken);
            var names = await NamesAsync(coUnits.Select(c => c.Assignment.UnitId), cancellationToken);
            var rows = coUnits.Select(c => Row(c.Assignment, c.Opinion, names, now)).ToList();
            return new CoOpinionsView(assignment.Id, assignment.Version, false, true, canAct, minLength, null, null, null, rows,
                CoOpinionReads.Gate(coUnits, assignment, now), assignment.ProceedWithoutOpinionsAtUtc, assignment.ProceedWithoutOpinionsBy,
                assignment.ProceedWithoutOpinionsReason);
        }
        return new CoOpinionsView(assignment.Id, assignment.Version, false, false, canAct, minLength, null, null, null, [], null, null, null, null);
    }

    public async Task SubmitAsync(Guid assignmentId, Guid assignmentVersion, string? text, CancellationToken cancellationToken = default)
    {
        var minLength = (await settings.GetAsync(cancellationToken)).ReplyMinLength;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (assignment, user) = await guard.OwnAsync(db, assignmentId, cancellationToken);
        var opinionText = RequiredText.Of(text, "协办意见", HandlingModel.TextMax, minLength);
        if (assignment.Role != AssignmentRole.CoHandling || assignment.ParentAssignmentId is not null)
            throw new BusinessRuleException("只有协办单位需要提交协办意见。");
        var existing = await db.CoOpinions.AnyAsync(o => o.AssignmentId == assignment.Id, cancellationToken);
        var lead = await CoOpinionReads.ActiveLeadAsync(db, assignment.CaseId, cancellationToken);
        if (SubmitRefusal(assignment, existing ? new CoOpinion() : null, lead) is { } refusal)
            throw new BusinessRuleException(refusal);

        var now = clock.GetUtcNow().UtcDateTime;
        AddOpinion(db, assignment, lead!, opinionText, user.Actor, now, clock);
        db.Entry(assignment).Property(a => a.Version).OriginalValue = assignmentVersion;
        db.Audit(user.Actor, clock, "提交协办意见", "Assignment", assignment.CaseNumber, null);
        await live.PublishAfterSaveAsync(db, [assignment.UnitId, lead!.UnitId], cancellationToken);
        await SaveAsync(db, "协办意见已由他人提交，请刷新后查看。", cancellationToken);
    }

    /// <summary>Records the co-unit's opinion to the lead: the opinion row, the co assignment's status, the step and the event.</summary>
    public static void AddOpinion(HandlingDbContext db, HandlingAssignment coAssignment, HandlingAssignment lead, string text, Actor actor,
        DateTime now, TimeProvider clock)
    {
        db.CoOpinions.Add(CoOpinion.Give(coAssignment, lead, text, actor.UserName, now));
        db.AddTimeline(coAssignment, actor, now, "提交协办意见", text, coAssignment.CompletionDueUtc, coAssignment.RepliedOnTime);
        db.Publish(new CoOpinionSubmitted(coAssignment.Id, lead.Id, coAssignment.CaseId, coAssignment.UnitId, now), clock);
    }

    public async Task ProceedWithoutAsync(Guid leadAssignmentId, Guid assignmentVersion, string? reason, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (lead, user) = await guard.OwnAsync(db, leadAssignmentId, cancellationToken);
        var reasonText = RequiredText.Of(reason, "不再等待协办意见的理由", ReasonMax);
        if (!lead.IsLead)
            throw new BusinessRuleException("只有主办单位可以决定不再等待协办意见。");
        if (lead.Status is HandlingStatus.Replied or HandlingStatus.Ended or HandlingStatus.Closed)
            throw new BusinessRuleException("工单不在办理中。");
        if (lead.ProceedWithoutOpinionsAtUtc is not null)
            throw new BusinessRuleException("已记录过不再等待协办意见的决定。");
        var now = clock.GetUtcNow().UtcDateTime;
        var gate = CoOpinionReads.Gate(await CoOpinionReads.CoUnitsAsync(db, lead.CaseId, cancellationToken), lead, now);
        if (!gate.MayRecordProceed)
            throw new BusinessRuleException("协办单位均已提交意见，无需记录该决定。");

        db.Entry(lead).Property(a => a.Version).OriginalValue = assignmentVersion;
        lead.ProceedWithoutOpinions(now, user.Actor.UserName, reasonText);
        var names = await NamesAsync(gate.Missing.Select(m => m.UnitId), cancellationToken);
        db.AddTimeline(lead, user.Actor, now, "决定不等待协办意见",
            $"未提交意见的协办单位：{string.Join("、", gate.Missing.Select(m => names.GetValueOrDefault(m.UnitId, "")))}；理由：{reasonText}");
        db.Audit(user.Actor, clock, "决定不等待协办意见", "Assignment", lead.CaseNumber, $"{reasonText}");
        await live.PublishAfterSaveAsync(db, [lead.UnitId], cancellationToken);
        await SaveAsync(db, "该工单已被他人处理，请刷新后重试。", cancellationToken);
    }

    private static string? SubmitRefusal(HandlingAssignment assignment, CoOpinion? opinion, HandlingAssignment? lead)
    {
        if (opinion is not null || assignment.Status == HandlingStatus.Replied)
            return "本单位已提交协办意见，不能重复提交。";
        if (assignment.Status == HandlingStatus.AwaitingSignFor)
            return "请先签收工单。";
        if (assignment.Status is not (HandlingStatus.InHandling or HandlingStatus.Redo))
            return "工单不在办理中，不能提交协办意见。";
        if (lead is null)
            return "该工单暂无主办单位，请稍后再提交协办意见。";
        return null;
    }

    private static CoOpinionRow Row(HandlingAssignment a, CoOpinion? o, IReadOnlyDictionary<Guid, string> names, DateTime now) =>
        new(a.Id, a.UnitId, names.GetValueOrDefault(a.UnitId, "（未知单位）"), a.Status == HandlingStatus.Ended, a.CompletionDueUtc,
            o is null && a.Status != HandlingStatus.Ended && now >= a.CompletionDueUtc, o?.Text, o?.SubmittedAtUtc, o?.SubmittedBy);

    private async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken) =>
        (await units.GetUnitsAsync(ids.Distinct(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);

    private static async Task SaveAsync(HandlingDbContext db, string conflictMessage, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveOrConflictAsync(conflictMessage, cancellationToken);
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<CoOpinion>().Any())
        {
            // The unique index on the co assignment: another user of the unit submitted at the same moment.
            throw new BusinessRuleException(conflictMessage);
        }
    }
}
