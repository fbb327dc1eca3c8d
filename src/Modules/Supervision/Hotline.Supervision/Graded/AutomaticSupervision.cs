using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;

namespace Hotline.Supervision.Graded;

/// <summary>
/// Supervision that starts without a Supervisor's hand: a level-1 reminder when a watched deadline goes overdue, or when
/// a unit leaves a knowledge gap unfixed. One open supervision per unit and case (or gap) at a time: the next overdue
/// step of the same assignment does not open a second one.
/// </summary>
internal sealed class AutomaticSupervision(SupervisionLevers levers, SupervisionSettingsService settings)
{
    public async Task OnOverdueAsync(SupervisionWork work, WatchedDeadline deadline, CancellationToken ct)
    {
        if ((work.Settings ??= await settings.GetAsync(ct)).RemindOnOverdue)
            await RemindAsync(work, deadline, SupervisionTrigger.Overdue, StaffName.System, ct);
    }

    /// <returns>False when a supervision of the unit on that case is already running.</returns>
    public async Task<bool> RemindAsync(SupervisionWork work, WatchedDeadline deadline, SupervisionTrigger trigger, string actor, CancellationToken ct)
    {
        if (!deadline.IsUnitCaseStep || await HasOpenAsync(work.Db, deadline.UnitId, deadline.CaseId, null, ct))
            return false;
        var step = SupervisionText.Deadline(deadline.Kind);
        var due = Hotline.Platform.Time.ChinaTime.Format(deadline.DueUtc);
        var problem = trigger == SupervisionTrigger.Overdue || deadline.State == DeadlineState.Overdue
            ? $"工单 {deadline.CaseNumber} 的{step}期限（{due}）已过，尚未{step}。"
            : $"工单 {deadline.CaseNumber} 的{step}期限（{due}）临近，尚未{step}。";
        var subject = new SupervisionSubject(deadline.UnitId, deadline.CaseId, deadline.CaseNumber, deadline.AssignmentId, deadline.Kind);
        await levers.OpenAsync(work, subject, SupervisionLevel.Reminder, trigger, problem,
            $"请立即{step}并抓紧办理，在回复期限内报告办理措施及结果。", actor, ct: ct);
        return true;
    }

    /// <summary>重复诉求: the lead unit of a caller's n-th request on one matter within 90 days gets a reminder at dispatch.</summary>
    public async Task OnRepeatDispatchedAsync(SupervisionWork work, RepeatRequest repeat, AssignmentTerms lead, CancellationToken ct)
    {
        repeat.MarkSupervised();
        if (await HasOpenAsync(work.Db, lead.UnitId, repeat.CaseId, null, ct))
            return;
        await levers.OpenAsync(work, new SupervisionSubject(lead.UnitId, repeat.CaseId, repeat.CaseNumber, lead.AssignmentId), SupervisionLevel.Reminder,
            SupervisionTrigger.RepeatRequest,
            $"诉求人 90 日内就同一事项第 {repeat.Requests} 次来电（工单 {repeat.CaseNumber}），此前答复未能解决问题。",
            "请主要负责同志关注，深入核实诉求人反映的问题，切实解决并在回复期限内报告办理措施及结果。", StaffName.System, ct: ct);
    }

    /// <summary>重办超限: a redo round beyond the limit in the settings opens a reminder to the lead unit.</summary>
    public async Task OnRedoAsync(SupervisionWork work, RedoStarted redo, string caseNumber, CancellationToken ct)
    {
        if (redo.Round <= (work.Settings ??= await settings.GetAsync(ct)).RedoRoundLimit || await HasOpenAsync(work.Db, redo.UnitId, redo.CaseId, null, ct))
            return;
        await levers.OpenAsync(work, new SupervisionSubject(redo.UnitId, redo.CaseId, caseNumber, redo.AssignmentId), SupervisionLevel.Reminder,
            SupervisionTrigger.RedoBeyondLimit,
            $"工单 {caseNumber} 经回访不满意已第 {redo.Round} 次发回重办，超过 {work.Settings.RedoRoundLimit} 次的限度，此前办理未能解决问题。",
            "请主要负责同志关注，查明反复不满意的原因，切实解决并在回复期限内报告办理措施及结果。", StaffName.System, ct: ct);
    }

    public async Task OnKnowledgeGapOverdueAsync(SupervisionWork work, Guid gapId, Guid unitId, DateTime dueUtc, CancellationToken ct)
    {
        if (await HasOpenAsync(work.Db, unitId, null, gapId, ct))
            return;
        await levers.OpenAsync(work, new SupervisionSubject(unitId, KnowledgeGapId: gapId), SupervisionLevel.Reminder, SupervisionTrigger.KnowledgeGapOverdue,
            $"中心报送的知识库缺失、不准确或过期条目未在期限（{Hotline.Platform.Time.ChinaTime.Format(dueUtc)}）内维护。",
            "请尽快补充或更正知识库条目并提交审核，在回复期限内报告维护情况。", StaffName.System, ct: ct);
    }

    private static async Task<bool> HasOpenAsync(SupervisionDbContext db, Guid unitId, Guid? caseId, Guid? gapId, CancellationToken ct)
    {
        bool Matches(CaseSupervision x) => x.UnitId == unitId && x.IsOpen
            && (caseId is null || x.CaseId == caseId) && (gapId is null || x.KnowledgeGapId == gapId);
        if (db.Supervisions.Local.Any(Matches))
            return true;
        return await db.Supervisions.AnyAsync(x => x.UnitId == unitId
            && (x.Status == SupervisionStatus.Open || x.Status == SupervisionStatus.Responded)
            && (caseId == null || x.CaseId == caseId) && (gapId == null || x.KnowledgeGapId == gapId), ct);
    }
}
