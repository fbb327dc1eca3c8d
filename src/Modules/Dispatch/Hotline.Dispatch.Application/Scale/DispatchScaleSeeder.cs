using Hotline.Platform.Seeding.Scale;
using Hotline.Platform.Time;

namespace Hotline.Dispatch.Scale;

/// <summary>
/// Writes generated cases as CaseAccepted, the dispatcher, the units' sub-dispatch, the return applications and their
/// review and CaseClosed would have left them in Dispatch: the case's queue entry moved by its own methods, one assignment
/// per unit and dispatch, the return requests, and the flow-sheet steps with the texts the real services write.
/// </summary>
internal sealed class DispatchScaleSeeder(DispatchDbContext db, IUnitDirectory units) : IScaleSeeder
{
    /// <summary>The default of <see cref="Settings.DispatchSettings.ApprovedReturnsBeforeDesignation"/>; a generated case is returned once at most.</summary>
    private const int ReturnsBeforeDesignation = 3;
    private const int ReturnWindowWorkingDays = 1;
    private const string ReturnBasis = "经核实，该事项不属于本单位法定职责范围，建议转交有管辖权的单位办理。";
    private const string ApprovedLabel = "审核同意";
    private const string Handler = "经办人";
    private const string Manager = "单位管理员";

    public int Order => 200;

    public async Task<ScaleRows> TellAsync(IReadOnlyList<ScaleCase> batch, CancellationToken cancellationToken)
    {
        var names = (await units.ActiveUnitsAsync(cancellationToken)).ToDictionary(u => u.Id);
        var cases = new List<DispatchCase>(batch.Count);
        var assignments = new List<Assignment>(batch.Count * 11 / 10);
        var returns = new List<ReturnRequest>();
        var timeline = new List<DispatchTimelineEntry>(batch.Count * 2);
        foreach (var s in batch)
        {
            if (s.Stage is ScaleStage.Pending or ScaleStage.ClosedAtIntake || s.DecidedAtUtc is not { } accepted)
                continue;
            var dispatcher = $"派单员{s.Index % 6 + 1:00}";
            var c = new DispatchCase
            {
                CaseId = s.CaseId, CaseNumber = s.Number, RequestType = s.RequestType, CategoryId = s.CategoryId, AreaId = s.AreaId,
                Urgency = (Urgency)s.Urgency, IsConfidential = s.IsConfidential, SubjectUnitId = s.SubjectUnitId,
                CallerReachable = s.CallerPhone is not null, Summary = Summary(s.Content), RegisteredAtUtc = s.RegisteredAtUtc,
                QueuedAtUtc = accepted, Version = Guid.NewGuid(),
            };
            var steps = new Steps(c.CaseId, timeline);
            var active = new List<Assignment>(2);
            foreach (var d in s.Dispatches)
            {
                c.Dispatch(d.AtUtc);
                var leadPlan = d.Lead;
                var lead = NewAssignment(c, d, leadPlan, d.AtUtc, dispatcher);
                assignments.Add(lead);
                active.Add(lead);
                steps.Add(dispatcher, d.AtUtc, leadPlan.UnitId, "派单", Describe(names, d), d.CompletionDueUtc);
                foreach (var subPlan in d.Assignments.Where(a => a.ParentAssignmentId == leadPlan.Id))
                {
                    var at = SubDispatchedAt(s, d);
                    var sub = NewAssignment(c, d, subPlan, at, Manager);
                    assignments.Add(sub);
                    active.Add(sub);
                    steps.Add(Manager, at, subPlan.UnitId, "二级派单",
                        $"由本单位下派至 {(names.TryGetValue(subPlan.UnitId, out var unit) ? unit.PathName : "下级单位")}，原办理期限不变", sub.CompletionDueUtc);
                }

                if (d.ReturnAppliedAtUtc is not { } applied)
                    continue;
                var reason = ReturnReason.NotOurDuty;
                var request = ReturnRequest.Apply(lead, [], reason, ReturnBasis, applied, Handler, ReturnWindowWorkingDays);
                request.Version = Guid.NewGuid();
                returns.Add(request);
                steps.Add(Handler, applied, leadPlan.UnitId, "申请退单", $"{reason.DisplayName()}：{ReturnBasis}",
                    lead.ReturnWindowEndsUtc, onTime: true);
                if (d.EndedAtUtc is not { } approved)
                    continue;
                request.Approve(lead, approved, dispatcher, null);
                var endNote = $"退单（{reason.DisplayName()}）{ApprovedLabel}";
                foreach (var ended in active)
                    ended.Return(approved, ended.Id == lead.Id ? endNote : $"{endNote}，随主办单位退单结束");
                active.Clear();
                c.ReturnToQueue(approved, ReturnsBeforeDesignation);
                steps.Add(dispatcher, approved, leadPlan.UnitId, $"退单{ApprovedLabel}", $"{reason.DisplayName()}：{ReturnBasis}");
                steps.Add(dispatcher, approved, null, "退回待派单", "主办单位退单，工单回到派单队列");
            }
            if (s.Stage == ScaleStage.Closed && s.ClosedAtUtc is { } closed)
            {
                c.Finish();
                foreach (var a in active)
                    a.Finish(closed);
            }
            cases.Add(c);
        }

        return new ScaleRows(db).Add(cases).Add(assignments).Add(returns).Add(timeline);
    }

    /// <summary>As CaseDispatching and SubDispatching create them: the sub-unit's part carries its parent's deadlines.</summary>
    private static Assignment NewAssignment(DispatchCase c, ScaleDispatch d, ScaleAssignment plan, DateTime atUtc, string by) => new()
    {
        Id = plan.Id, CaseId = c.CaseId, DispatchId = d.DispatchId, UnitId = plan.UnitId, Role = AssignmentRole.Lead,
        ParentAssignmentId = plan.ParentAssignmentId, DispatchedAtUtc = atUtc, DispatchedBy = by,
        SignForDueUtc = d.SignForDueUtc, FirstContactDueUtc = d.FirstContactDueUtc, CompletionDueUtc = d.CompletionDueUtc,
        CompletionWorkingDays = d.CompletionWorkingDays, ReturnWindowEndsUtc = d.ReturnWindowEndsUtc, Version = Guid.NewGuid(),
    };

    /// <summary>The dispatch step's detail as CaseDispatching describes it (no co-units, no note).</summary>
    private static string Describe(Dictionary<Guid, UnitInfo> names, ScaleDispatch d) =>
        $"主办：{(names.TryGetValue(d.Lead.UnitId, out var lead) ? lead.Name : "承办单位")}；签收时限 {ChinaTime.Format(d.SignForDueUtc)}；"
        + $"办结时限 {ChinaTime.Format(d.CompletionDueUtc)}（{d.CompletionWorkingDays} 个工作日）";

    /// <summary>As Intake summarizes the content for CaseAccepted.</summary>
    private static string Summary(string content) => content.Length <= 100 ? content : content[..100] + "…";

    private sealed class Steps(Guid caseId, List<DispatchTimelineEntry> timeline)
    {
        public void Add(string actor, DateTime atUtc, Guid? unitId, string action, string? detail, DateTime? dueUtc = null, bool? onTime = null) =>
            timeline.Add(new DispatchTimelineEntry
            {
                CaseId = caseId, AtUtc = atUtc, Actor = actor, UnitId = unitId, Action = action, Detail = detail, DueUtc = dueUtc, OnTime = onTime,
            });
    }

    /// <summary>
    /// When the lead's manager passed the case to its sub-unit, which the plan does not say: right after signing for it, or
    /// right after it arrived when the lead has not signed. Handling's seeder computes the same time the same way.
    /// </summary>
    private static DateTime SubDispatchedAt(ScaleCase s, ScaleDispatch d) =>
        (ReferenceEquals(d, s.Dispatches[^1]) && s.SignedAtUtc is { } signed ? signed : d.AtUtc).AddSeconds(20 + s.Index % 40);
}
