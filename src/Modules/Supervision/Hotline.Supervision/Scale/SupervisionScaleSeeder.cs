using Hotline.Platform.Calendar;
using Hotline.Platform.Persistence;
using Hotline.Platform.Seeding;
using Hotline.Platform.Seeding.Scale;
using Hotline.Supervision.Deadlines;
using Hotline.Supervision.Graded;

namespace Hotline.Supervision.Scale;

/// <summary>
/// Writes what Supervision's event handlers and its background passes would have left of generated cases: the
/// repeated requests Intake flagged, every watched deadline of every assignment and
/// of the center (warned, overdue, met or cancelled as the minute-by-minute watch pass and the events left it), and the
/// level-1 reminders the watch opens by itself on an overdue unit step or a repeated request. A reminder is answered by
/// the unit within its response time and accepted by the Supervisor when the story got that far, so none of them
/// escalates. Supervisions a Supervisor starts by hand are not generated.
/// </summary>
internal sealed class SupervisionScaleSeeder(
    SupervisionDbContext db,
    DeadlineWatchSettingsService watchSettings,
    SupervisionSettingsService gradedSettings,
    IWorkingCalendar calendar,
    IUnitDirectory units,
    SupervisionScaleMemory memory,
    TimeProvider clock) : IScaleSeeder
{
    public int Order => 500;

    public async Task<ScaleRows> TellAsync(IReadOnlyList<ScaleCase> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
            return new ScaleRows(db);
        // One "now" for the whole run: what the watch pass has seen by the time the generator stops telling.
        var now = memory.NowUtc ??= clock.GetUtcNow().UtcDateTime;
        var center = (await units.ActiveUnitsAsync(cancellationToken)).FirstOrDefault(u => u.Type == UnitType.Center)?.Id ?? Guid.Empty;
        var run = new Run(now, await watchSettings.GetAsync(cancellationToken), await gradedSettings.GetAsync(cancellationToken),
            await calendar.GetRulesAsync(cancellationToken), center,
            DemoAccounts.All.FirstOrDefault(a => a.Role == HotlineRoles.Supervisor).DisplayName ?? "督办员");
        var rows = new Rows(batch.Count);
        memory.Remember(batch);
        foreach (var c in batch)
            new Story(c, run, rows, memory).Tell();
        memory.Forget(batch[0].RegisteredAtUtc.AddDays(-SupervisionScaleMemory.RepeatWindowDays - 1));

        return new ScaleRows(db).Add(rows.Repeats).Add(rows.Deadlines).Add(rows.Supervisions).Add(rows.Supervisions.SelectMany(x => x.Steps));
    }

    private sealed record Run(DateTime NowUtc, DeadlineWatchSettings Watch, SupervisionSettings Graded, CalendarRules Rules, Guid CenterUnitId,
        string SupervisorName);

    private sealed class Rows(int cases)
    {
        public List<RepeatRequest> Repeats { get; } = [];
        public List<WatchedDeadline> Deadlines { get; } = new(cases * 5);
        public List<CaseSupervision> Supervisions { get; } = [];
    }

    /// <summary>A watched deadline and what the watch pass needs to replay it: since when it runs, how early it warns.</summary>
    private sealed class Watch(WatchedDeadline row, DateTime sinceUtc, TimeSpan threshold)
    {
        public WatchedDeadline Row { get; } = row;
        public DateTime SinceUtc { get; set; } = sinceUtc;
        public TimeSpan Threshold { get; } = threshold;
    }

    /// <summary>Something that makes the center open a level-1 reminder by itself, at <see cref="AtUtc"/>.</summary>
    private sealed record Trigger(DateTime AtUtc, SupervisionTrigger Kind, Guid UnitId, Guid AssignmentId, WatchedDeadlineKind? Deadline, DateTime DueUtc, int Requests);

    /// <summary>
    /// One case's events as Supervision receives them, replayed in time order through the handlers' steps; between two
    /// events of a deadline the watch pass (every minute) warns it and marks it overdue.
    /// </summary>
    private sealed class Story(ScaleCase s, Run run, Rows rows, SupervisionScaleMemory memory)
    {
        private readonly Dictionary<(Guid Assignment, WatchedDeadlineKind Kind), Watch> _watches = [];
        private readonly List<(DateTime AtUtc, int Order, Action Apply)> _events = [];
        private readonly List<Trigger> _triggers = [];

        public void Tell()
        {
            // An online submission nobody decided on yet has no event, and a case closed at intake never reaches a unit.
            if (s.DecidedAtUtc is not { } decided || s.IntakeClose is not null)
                return;
            var requests = memory.RequestsOnSameMatter(s, decided);
            var repeat = requests >= run.Graded.RepeatRequestThreshold ? new RepeatRequest(s.CaseId, s.Number, requests) : null;
            if (repeat is not null)
                rows.Repeats.Add(repeat);
            Schedule(repeat);
            _events.Sort((a, b) => a.AtUtc != b.AtUtc ? a.AtUtc.CompareTo(b.AtUtc) : a.Order.CompareTo(b.Order));
            foreach (var e in _events)
                e.Apply();
            foreach (var w in _watches.Values)
                Pass(w, DateTime.MaxValue);
            Supervise();
        }

        private void Schedule(RepeatRequest? repeat)
        {
            foreach (var d in s.Dispatches)
            {
                On(d.AtUtc, () => Dispatched(d, repeat));
                if (d.ReturnAppliedAtUtc is { } applied)
                    On(applied, () => StartCenter(d.Lead.Id, WatchedDeadlineKind.ReturnReview, applied, run.Watch.ReturnReviewWorkingDays));
                if (d.EndedAtUtc is { } ended)
                {
                    On(ended, () => Meet(d.Lead.Id, WatchedDeadlineKind.ReturnReview, ended));
                    On(ended, () => EndAssignments(d, ended));
                }
            }
            if (s.Dispatches.Count == 0 || s.Dispatches[^1].Returned)
                return;
            var current = s.Dispatches[^1];
            var lead = current.Lead;
            if (s.SignedAtUtc is { } signed)
            {
                foreach (var a in current.Assignments)
                {
                    On(signed, () => Meet(a.Id, WatchedDeadlineKind.SignFor, signed));
                }
            }
            if (s.FirstContactAtUtc is { } contacted)
            {
                On(contacted, () =>
                {
                    Meet(lead.Id, WatchedDeadlineKind.SignFor, contacted);
                    Meet(lead.Id, WatchedDeadlineKind.FirstContact, contacted);
                });
            }
            if (s.Extension is { } x)
            {
                On(x.RequestedAtUtc, () => StartCenter(lead.Id, WatchedDeadlineKind.ExtensionDecision, x.RequestedAtUtc, run.Watch.ExtensionDecisionWorkingDays));
                On(x.DecidedAtUtc, () =>
                {
                    Meet(lead.Id, WatchedDeadlineKind.ExtensionDecision, x.DecidedAtUtc);
                    MoveDue(lead.Id, WatchedDeadlineKind.Completion, x.NewDueUtc, x.DecidedAtUtc);
                });
            }
            if (s.Stage == ScaleStage.AwaitingApproval || s.RepliedAtUtc is not { } replied)
                return;
            On(replied, () => Replied(lead, replied));
            if (s.RedoAtUtc is { } redo)
            {
                // RedoRequested (the revisit was done), then Handling's RedoStarted (the completion runs again).
                On(redo, () => Meet(lead.Id, WatchedDeadlineKind.Revisit, redo));
                On(redo, () => RedoStarted(lead, redo, s.RedoDueUtc!.Value));
            }
            if (s.RedoRepliedAtUtc is { } again)
                On(again, () => Replied(lead, again));
            if (s.ClosedAtUtc is { } closedAt)
                On(closedAt, () => Closed(lead, closedAt));
        }

        private void On(DateTime atUtc, Action apply) => _events.Add((atUtc, _events.Count, apply));

        /// <summary>CaseDispatchedWatch: every assignment's three deadlines; a repeated request is supervised at its first dispatch.</summary>
        private void Dispatched(ScaleDispatch d, RepeatRequest? repeat)
        {
            foreach (var a in d.Assignments)
            {
                Track(a, WatchedDeadlineKind.SignFor, d.SignForDueUtc, d.AtUtc);
                Track(a, WatchedDeadlineKind.FirstContact, d.FirstContactDueUtc, d.AtUtc);
                Track(a, WatchedDeadlineKind.Completion, d.CompletionDueUtc, d.AtUtc);
            }
            if (repeat is { Supervised: false })
            {
                repeat.MarkSupervised();
                _triggers.Add(new Trigger(d.AtUtc, SupervisionTrigger.RepeatRequest, d.Lead.UnitId, d.Lead.Id, null, default, repeat.Requests));
            }
        }

        private void Track(ScaleAssignment a, WatchedDeadlineKind kind, DateTime dueUtc, DateTime atUtc)
        {
            if (_watches.TryGetValue((a.Id, kind), out var existing))
            {
                Move(existing, dueUtc, atUtc);
                return;
            }
            Add(WatchedDeadline.Start(s.CaseId, s.Number, a.Id, a.UnitId, kind, dueUtc), atUtc);
        }

        /// <summary>CenterDeadlines.StartAsync: the center's own step, counted in working days, held by the center unit.</summary>
        private void StartCenter(Guid assignmentId, WatchedDeadlineKind kind, DateTime fromUtc, int workingDays)
        {
            var due = run.Rules.DueAfterWorkingDays(fromUtc, workingDays).DueUtc;
            if (_watches.TryGetValue((assignmentId, kind), out var existing))
                Move(existing, due, fromUtc);
            else
                Add(WatchedDeadline.Start(s.CaseId, s.Number, assignmentId, run.CenterUnitId, kind, due), fromUtc);
        }

        private void Add(WatchedDeadline row, DateTime sinceUtc)
        {
            row.Version = Guid.NewGuid();
            _watches[(row.AssignmentId, row.Kind)] = new Watch(row, sinceUtc, run.Watch.Threshold(row.Kind));
            rows.Deadlines.Add(row);
        }

        /// <summary>AssignmentsEndedWatch: an approved return ends every deadline of the dispatch's assignments.</summary>
        private void EndAssignments(ScaleDispatch d, DateTime atUtc)
        {
            foreach (var w in _watches.Values.Where(w => d.Assignments.Any(a => a.Id == w.Row.AssignmentId)))
            {
                Pass(w, atUtc);
                w.Row.Cancel(atUtc);
            }
        }

        /// <summary>RepliedWatch: the accepted reply meets every running deadline of the case and starts the revisit.</summary>
        private void Replied(ScaleAssignment lead, DateTime atUtc)
        {
            foreach (var w in _watches.Values)
            {
                Pass(w, atUtc);
                w.Row.Meet(atUtc);
            }
            StartCenter(lead.Id, WatchedDeadlineKind.Revisit, atUtc, run.Watch.RevisitWorkingDays);
        }

        /// <summary>RedoWatch: the lead's completion runs again; a round beyond the limit is supervised.</summary>
        private void RedoStarted(ScaleAssignment lead, DateTime atUtc, DateTime dueUtc)
        {
            MoveDue(lead.Id, WatchedDeadlineKind.Completion, dueUtc, atUtc);
            const int round = 1;
            if (round > run.Graded.RedoRoundLimit)
                _triggers.Add(new Trigger(atUtc, SupervisionTrigger.RedoBeyondLimit, lead.UnitId, lead.Id, null, default, round));
        }

        /// <summary>CaseClosedWatch: the revisit is done, whatever else still ran is moot.</summary>
        private void Closed(ScaleAssignment lead, DateTime atUtc)
        {
            foreach (var w in _watches.Values)
            {
                Pass(w, atUtc);
                if (w.Row.Kind == WatchedDeadlineKind.Revisit)
                    w.Row.Meet(atUtc);
                else
                    w.Row.Cancel(atUtc);
            }
        }

        private void Meet(Guid assignmentId, WatchedDeadlineKind kind, DateTime atUtc)
        {
            if (!_watches.TryGetValue((assignmentId, kind), out var w))
                return;
            Pass(w, atUtc);
            w.Row.Meet(atUtc);
        }

        private void MoveDue(Guid assignmentId, WatchedDeadlineKind kind, DateTime dueUtc, DateTime atUtc)
        {
            if (_watches.TryGetValue((assignmentId, kind), out var w))
                Move(w, dueUtc, atUtc);
        }

        private void Move(Watch w, DateTime dueUtc, DateTime atUtc)
        {
            Pass(w, atUtc);
            w.Row.Move(dueUtc);
            w.SinceUtc = atUtc;
        }

        /// <summary>
        /// The watch pass on this deadline up to (not including) <paramref name="beforeUtc"/> and never beyond now: warned
        /// once inside its warning window, overdue once past due; an overdue unit step opens a reminder.
        /// </summary>
        private void Pass(Watch w, DateTime beforeUtc)
        {
            var row = w.Row;
            bool Passed(DateTime at) => at < beforeUtc && at <= run.NowUtc;
            if (row.State == DeadlineState.Running)
            {
                var warnAt = Max(row.DueUtc - w.Threshold, w.SinceUtc);
                if (warnAt < row.DueUtc && Passed(warnAt))
                    row.WarnIfNear(warnAt, w.Threshold);
            }
            if (row.State is DeadlineState.Running or DeadlineState.Warned)
            {
                var overdueAt = Max(row.DueUtc, w.SinceUtc);
                if (Passed(overdueAt) && row.MarkOverdueIfPast(overdueAt) && row.IsUnitCaseStep)
                    _triggers.Add(new Trigger(overdueAt, SupervisionTrigger.Overdue, row.UnitId, row.AssignmentId, row.Kind, row.DueUtc, 0));
            }
        }

        /// <summary>
        /// AutomaticSupervision: one open supervision per unit and case at a time; the unit answers within the response
        /// time and the Supervisor accepts the answer, each as far as the story got by now.
        /// </summary>
        private void Supervise()
        {
            if (_triggers.Count == 0)
                return;
            _triggers.Sort((a, b) => a.AtUtc.CompareTo(b.AtUtc));
            var busyUntil = new Dictionary<Guid, DateTime>();
            var n = 0;
            foreach (var t in _triggers)
            {
                if (t.Kind == SupervisionTrigger.Overdue && !run.Graded.RemindOnOverdue)
                    continue;
                if (busyUntil.TryGetValue(t.UnitId, out var until) && until > t.AtUtc)
                    continue;
                var (problem, requirement, response) = Texts(t);
                var due = run.Rules.DueAfterWorkingDays(t.AtUtc, run.Graded.ReminderResponseWorkingDays).DueUtc;
                var subject = new SupervisionSubject(t.UnitId, s.CaseId, s.Number, t.AssignmentId, t.Deadline, AreaId: s.AreaId, CategoryId: s.CategoryId);
                var supervision = CaseSupervision.Open(subject, SupervisionLevel.Reminder, t.Kind, problem, requirement, due, StaffName.System, t.AtUtc);
                supervision.Version = Guid.NewGuid();
                rows.Supervisions.Add(supervision);
                busyUntil[t.UnitId] = DateTime.MaxValue;
                var respondedAt = t.AtUtc + (due - t.AtUtc) * (0.2 + 0.7 * s.Roll(10 + n));
                if (respondedAt <= run.NowUtc)
                {
                    supervision.Respond(response, "承办单位联络员", respondedAt);
                    var acceptedAt = respondedAt.AddHours(1 + 23 * s.Roll(20 + n));
                    if (acceptedAt <= run.NowUtc)
                    {
                        supervision.Accept(null, run.SupervisorName, acceptedAt);
                        busyUntil[t.UnitId] = acceptedAt;
                    }
                }
                n++;
            }
        }

        /// <summary>The problem and requirement AutomaticSupervision writes, and the unit's answer.</summary>
        private (string Problem, string Requirement, string Response) Texts(Trigger t)
        {
            switch (t.Kind)
            {
                case SupervisionTrigger.RepeatRequest:
                    return ($"诉求人 90 日内就同一事项第 {t.Requests} 次来电（工单 {s.Number}），此前答复未能解决问题。",
                        "请主要负责同志关注，深入核实诉求人反映的问题，切实解决并在回复期限内报告办理措施及结果。",
                        "已由主要负责同志牵头重新核实诉求人反映的问题，正在抓紧解决，将按期答复诉求人。");
                case SupervisionTrigger.RedoBeyondLimit:
                    return ($"工单 {s.Number} 经回访不满意已第 {t.Requests} 次发回重办，超过 {run.Graded.RedoRoundLimit} 次的限度，此前办理未能解决问题。",
                        "请主要负责同志关注，查明反复不满意的原因，切实解决并在回复期限内报告办理措施及结果。",
                        "已查明诉求人不满意的原因，正在重新办理，将按期答复诉求人。");
                default:
                    var step = SupervisionText.Deadline(t.Deadline!.Value);
                    return ($"工单 {s.Number} 的{step}期限（{ChinaTime.Format(t.DueUtc)}）已过，尚未{step}。",
                        $"请立即{step}并抓紧办理，在回复期限内报告办理措施及结果。",
                        $"已督促经办人员{step}，正在抓紧办理，将在办理期限内答复诉求人。");
            }
        }

        private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
    }
}
