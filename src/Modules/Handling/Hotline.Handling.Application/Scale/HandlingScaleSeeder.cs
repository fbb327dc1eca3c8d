using Hotline.Handling.Replies;
using Hotline.Handling.ResultNotice;
using Hotline.Platform.Seeding.Scale;

namespace Hotline.Handling.Scale;

/// <summary>
/// Writes generated cases as the dispatch events, the units' workbench (sign-for, contact, extension, reply and its
/// approval, result notice, redo) and the closing would have left them in Handling: one assignment per unit and
/// dispatch moved by its own step methods, the contacts, extension requests and replies, and the flow-sheet steps
/// with the texts the real services write. Every reply goes through the unit manager's (or the parent unit's) approval.
/// </summary>
internal sealed class HandlingScaleSeeder(HandlingDbContext db, IUnitDirectory units, TimeProvider clock) : IScaleSeeder
{
    public int Order => 300;

    public async Task<ScaleRows> TellAsync(IReadOnlyList<ScaleCase> batch, CancellationToken cancellationToken)
    {
        var story = new Story(clock.GetUtcNow().UtcDateTime, (await units.ActiveUnitsAsync(cancellationToken)).ToDictionary(u => u.Id), batch.Count);
        foreach (var s in batch)
        {
            if (s.Dispatches.Count > 0)
                story.Tell(s);
        }

        return new ScaleRows(db).Add(story.Assignments).Add(story.Contacts).Add(story.Extensions).Add(story.Replies).Add(story.Timeline);
    }

    /// <summary>The rows of one batch, told case by case in the order the steps happened.</summary>
    private sealed class Story(DateTime nowUtc, Dictionary<Guid, UnitInfo> units, int cases)
    {
        private const string Handler = "经办人";
        private const string Manager = "单位管理员";
        private const string ReturnDetail = "非本单位职责：经核实，该事项不属于本单位法定职责范围，建议转交有管辖权的单位办理。";
        private const ReplyResult Result = ReplyResult.Resolved;
        private const string ReplyText = "经现场核查，反映的问题属实，已协调相关责任方整改完毕，并将处理结果告知诉求人。";
        private const string RedoReplyText = "收到重办要求后再次现场核实，已督促责任方彻底整改，并与诉求人当面沟通确认处理结果。";
        private const string RedoReason = "重办要求：诉求人对办理结果不满意，请重新核实处理并与诉求人沟通。";
        private const string ExtensionReason = "问题涉及多个部门和产权单位，需协调处理，无法在原时限内办结。";
        private const string ExtensionMeasures = "已现场核查并约谈相关责任方，正在协调整改方案。";
        private const string ContactNote = "已联系诉求人，核实诉求情况并告知办理安排。";
        private const string CenterContactNote = "中心已代承办单位联系诉求人，核实诉求情况。";
        private const string UnreachedNote = "电话无人接听。";

        public List<HandlingAssignment> Assignments { get; } = new(cases * 11 / 10);
        public List<CallerContact> Contacts { get; } = new(cases);
        public List<ExtensionRequest> Extensions { get; } = [];
        public List<Reply> Replies { get; } = new(cases);
        public List<HandlingTimelineEntry> Timeline { get; } = new(cases * 5);

        public void Tell(ScaleCase s)
        {
            foreach (var d in s.Dispatches)
            {
                var lead = Open(s, d, d.Lead, d.AtUtc);
                var subPlan = d.Assignments.FirstOrDefault(a => a.ParentAssignmentId == d.Lead.Id);
                HandlingAssignment? sub = null;
                if (ReferenceEquals(d, s.Current))
                {
                    if (s.SignedAtUtc is { } signed)
                    {
                        var late = lead.SignFor(signed, Handler).Late;
                        Step(lead, Handler, signed, late ? "签收（超时）" : "签收", null, lead.SignForDueUtc, !late);
                    }
                    if (subPlan is not null)
                        sub = SubDispatch(s, d, lead, subPlan);
                    if (d.ReturnAppliedAtUtc is null)
                        Handle(s, lead, sub);
                }
                else if (subPlan is not null)
                {
                    sub = SubDispatch(s, d, lead, subPlan);
                }

                if (d.EndedAtUtc is { } ended)
                {
                    // AssignmentsEnded of the approved return: the lead and what it passed down.
                    foreach (var a in sub is null ? new[] { lead } : [lead, sub])
                    {
                        a.End(ended);
                        Step(a, Actor.System.UserName, ended, $"办理终止（{AssignmentEndReason.Returned.DisplayName()}）", ReturnDetail);
                    }
                }
            }
        }

        /// <summary>The current lead from its sign-for on: contacts, extension, the first reply, the redo round, closing.</summary>
        private void Handle(ScaleCase s, HandlingAssignment lead, HandlingAssignment? sub)
        {
            if (s.SignedAtUtc is not { } signed)
                return;
            var dispatcher = $"派单员{s.Index % 6 + 1:00}";
            var shielded = Shielded(s, lead.UnitId);
            var awaiting = s.Stage == ScaleStage.AwaitingApproval;

            // The first reply: submitted (by the sub-unit when there is one), then approved at the plan's reply time.
            DateTime? accepted = null, submitted = null;
            var floor = sub?.DispatchedAtUtc ?? signed;
            if (s.RepliedAtUtc is { } replied)
            {
                if (awaiting)
                {
                    submitted = After(replied, floor, TimeSpan.FromMinutes(5));
                }
                else
                {
                    accepted = After(replied, floor, TimeSpan.FromMinutes(10));
                    submitted = accepted.Value.AddHours(-Math.Min(0.2 + 2.8 * Jitter(s, 1), (accepted.Value - floor).TotalHours / 2));
                }
            }

            // The sub-unit signs soon after it got the case, and always before it replies.
            if (sub is not null)
            {
                var subSigned = sub.DispatchedAtUtc.AddMinutes(5 + 90 * Jitter(s, 2));
                if (submitted is { } due && subSigned >= due)
                    subSigned = sub.DispatchedAtUtc + (due - sub.DispatchedAtUtc) / 2;
                if (subSigned <= nowUtc)
                {
                    var late = sub.SignFor(subSigned, Handler).Late;
                    Step(sub, Handler, subSigned, late ? "签收（超时）" : "签收", null, sub.SignForDueUtc, !late);
                }
            }

            // A reply needs a contact with a reachable caller first: an attempt that did not reach them when the plan's
            // first successful contact came later (or not at all). A signed sub-unit does the contacting for its parent.
            // A contact the plan places before a late sign-for comes right after it; one after closing never happened.
            var contacted = s.FirstContactAtUtc is { } c && (s.ClosedAtUtc is not { } closedAt || c < closedAt) ? After(c, signed, TimeSpan.FromMinutes(10)) : (DateTime?)null;
            if (lead.CallerReachable && submitted is { } firstSubmitted && !(contacted < firstSubmitted))
            {
                var (by, from) = sub is { SignedAtUtc: { } subSigned } ? (sub, subSigned) : (lead, signed);
                Contact(s, by, lead, from + (firstSubmitted - from) * 0.4, reached: false, dispatcher);
            }
            if (contacted is { } reached)
                Contact(s, sub is { SignedAtUtc: { } subSigned } && subSigned <= reached ? sub : lead, lead, reached, reached: true, dispatcher);

            if (s.Extension is { } extension)
            {
                var request = ExtensionRequest.Request(lead, null, ExtensionReason, ExtensionMeasures, extension.NewDueUtc, extension.RequestedAtUtc, Handler);
                request.Version = Guid.NewGuid();
                Step(lead, Handler, extension.RequestedAtUtc, "申请延期",
                    $"理由：{ExtensionReason}；已采取措施：{ExtensionMeasures}；申请延至 {ChinaTime.Format(extension.NewDueUtc)}", lead.CompletionDueUtc, true);
                var oldDue = lead.CompletionDueUtc;
                request.Approve(lead, extension.DecidedAtUtc, dispatcher, null);
                if (sub is not null && sub.CompletionDueUtc <= oldDue)
                    sub.CompletionDueUtc = extension.NewDueUtc;
                Step(lead, dispatcher, extension.DecidedAtUtc, "批准延期",
                    $"办结时限由 {ChinaTime.Format(oldDue)} 延至 {ChinaTime.Format(extension.NewDueUtc)}");
                Extensions.Add(request);
            }

            if (submitted is not { } submittedAt)
                return;
            if (sub is not null)
            {
                var subReply = Submit(sub, 0, ReplyText, submittedAt);
                if (accepted is not { } subApproved)
                    return;
                // The parent approves its sub-unit's reply and adopts it as its own, accepted at once (ReplyAcceptance).
                Approve(sub, subReply, subApproved);
                var adopted = Reply.AdoptedFrom(subReply, lead, Manager, subApproved);
                adopted.Version = Guid.NewGuid();
                adopted.Accept(subApproved, Manager);
                Replies.Add(adopted);
                Accepted(lead, adopted, subApproved);
            }
            else
            {
                var reply = Submit(lead, 0, ReplyText, submittedAt);
                if (accepted is null)
                    return;
                Approve(lead, reply, accepted.Value);
            }
            ResultNotice(s, lead, accepted!.Value, s.RedoAtUtc ?? s.ClosedAtUtc, shielded);

            if (s.RedoAtUtc is { } redoAt && s.RedoDueUtc is { } redoDue)
            {
                lead.Redo(1, RedoReason, redoDue);
                Step(lead, Actor.System.UserName, redoAt, "重办下达", $"第1次重办：{RedoReason}；办结时限 {ChinaTime.Format(redoDue)}", redoDue);
                var again = s.RedoRepliedAtUtc;
                var redoSigned = redoAt.AddHours(0.5 + 2.5 * Jitter(s, 3));
                if (again is { } a && redoSigned > redoAt + (a - redoAt) / 3)
                    redoSigned = redoAt + (a - redoAt) / 3;
                // The redo is signed for within hours; one not signed for by now stays in 重办 status.
                if (redoSigned > nowUtc && again is null)
                    return;
                lead.SignFor(redoSigned, Handler);
                Step(lead, Handler, redoSigned, "签收重办", lead.RedoReason, lead.CompletionDueUtc);
                if (again is not { } redoReplied)
                    return;
                var redoSubmitted = redoReplied.AddHours(-Math.Min(0.2 + 1.8 * Jitter(s, 4), (redoReplied - redoSigned).TotalHours / 2));
                Approve(lead, Submit(lead, 1, RedoReplyText, redoSubmitted), redoReplied);
                ResultNotice(s, lead, redoReplied, s.ClosedAtUtc, shielded);
            }

            if (s.Stage == ScaleStage.Closed && s.ClosedAtUtc is { } closed)
            {
                lead.Close(closed);
                sub?.Close(closed);
            }
        }

        /// <summary>As CaseDispatchedHandler opens it, awaiting sign-for, with the deadlines of the plan.</summary>
        private HandlingAssignment Open(ScaleCase s, ScaleDispatch d, ScaleAssignment plan, DateTime atUtc)
        {
            var a = new HandlingAssignment
            {
                Id = plan.Id, CaseId = s.CaseId, CaseNumber = s.Number, UnitId = plan.UnitId, Role = AssignmentRole.Lead,
                ParentAssignmentId = plan.ParentAssignmentId, RequestType = s.RequestType, CategoryId = s.CategoryId,
                Summary = s.Content.Length <= 100 ? s.Content : s.Content[..100] + "…", IsConfidential = s.IsConfidential,
                SubjectUnitId = s.SubjectUnitId, CallerReachable = s.CallerPhone is not null, DispatchedAtUtc = atUtc,
                SignForDueUtc = d.SignForDueUtc, FirstContactDueUtc = d.FirstContactDueUtc, CompletionDueUtc = d.CompletionDueUtc,
                CompletionWorkingDays = d.CompletionWorkingDays, Version = Guid.NewGuid(),
            };
            Assignments.Add(a);
            return a;
        }

        /// <summary>二级派单 as AssignmentSubDispatchedHandler records it, at the time Dispatch's seeder gives it.</summary>
        private HandlingAssignment SubDispatch(ScaleCase s, ScaleDispatch d, HandlingAssignment lead, ScaleAssignment plan)
        {
            // The same time as Dispatch's seeder: right after the lead signed for it, or right after it arrived.
            var at = (ReferenceEquals(d, s.Dispatches[^1]) && s.SignedAtUtc is { } signed ? signed : d.AtUtc).AddSeconds(20 + s.Index % 40);
            var sub = Open(s, d, plan, at);
            Step(lead, Manager, at, "二级派单", $"交由{(units.TryGetValue(plan.UnitId, out var unit) ? unit.Name : "下级单位")}具体办理");
            return sub;
        }

        /// <summary>
        /// 联系诉求人 by the unit, or by the center when the unit may not see the caller; a sub-unit's first contact that
        /// reached the caller also meets its parent's limit.
        /// </summary>
        private void Contact(ScaleCase s, HandlingAssignment a, HandlingAssignment lead, DateTime atUtc, bool reached, string dispatcher)
        {
            var (method, by, note) = Shielded(s, a.UnitId)
                ? (ContactMethod.ViaCenter, dispatcher, reached ? CenterContactNote : UnreachedNote)
                : (ContactMethod.Phone, Handler, reached ? ContactNote : UnreachedNote);
            Contacts.Add(CallerContact.Record(a, atUtc, method, reached, note, atUtc, by));
            var action = $"联系诉求人（{method.DisplayName()}，{(reached ? "已联系上" : "未联系上")}）";
            if (a.RecordContact(atUtc, reached))
            {
                if (!ReferenceEquals(a, lead))
                    lead.RecordContact(atUtc, reached: true);
                Step(a, by, atUtc, "首次" + action, note, a.FirstContactDueUtc, a.ContactedOnTime);
            }
            else
                Step(a, by, atUtc, action, note);
        }

        /// <summary>The handler submits a reply that waits for approval (a sub-unit's always does).</summary>
        private Reply Submit(HandlingAssignment a, int round, string text, DateTime atUtc)
        {
            var reply = new Reply
            {
                AssignmentId = a.Id, CaseId = a.CaseId, UnitId = a.UnitId, Round = round, Result = Result, Text = text,
                SubmittedAtUtc = atUtc, SubmittedBy = Handler, Version = Guid.NewGuid(),
            };
            Replies.Add(reply);
            a.AwaitApproval();
            Step(a, Handler, atUtc, "提交答复（待审核）", $"{ReplyNames.RoundName(round)}：{Result.DisplayName()}；{text}", a.CompletionDueUtc);
            return reply;
        }

        /// <summary>The manager (or the parent unit) approves: the round's handling is over.</summary>
        private void Approve(HandlingAssignment a, Reply reply, DateTime atUtc)
        {
            reply.Approve(a, atUtc, Manager, null);
            Accepted(a, reply, atUtc);
        }

        private void Accepted(HandlingAssignment a, Reply reply, DateTime atUtc)
        {
            a.AcceptReply(atUtc);
            Step(a, Manager, atUtc, reply.Round == 0 ? "答复" : "重办答复", $"{reply.Result.DisplayName()}：{reply.Text}", a.CompletionDueUtc, a.RepliedOnTime);
        }

        /// <summary>告知诉求人办理结果 within hours of the accepted reply, before the case moves on.</summary>
        private void ResultNotice(ScaleCase s, HandlingAssignment lead, DateTime acceptedAt, DateTime? next, bool shielded)
        {
            if (!lead.CallerReachable)
                return;
            var until = next ?? nowUtc;
            var at = acceptedAt.AddHours(Math.Min(0.5 + 9.5 * Jitter(s, 5), (until - acceptedAt).TotalHours / 2));
            if (at > nowUtc || at <= acceptedAt)
                return;
            var method = shielded ? ContactMethod.ViaCenter : ContactMethod.Phone;
            Contacts.Add(CallerContact.ResultNotice(lead, method, null, at, Handler));
            var due = ResultNoticeRule.DueUtc(acceptedAt);
            Step(lead, Handler, at, "告知诉求人办理结果", method.DisplayName(), due, at <= due);
        }

        private void Step(HandlingAssignment a, string actor, DateTime atUtc, string action, string? detail, DateTime? dueUtc = null, bool? onTime = null) =>
            Timeline.Add(new HandlingTimelineEntry
            {
                CaseId = a.CaseId, AssignmentId = a.Id, UnitId = a.UnitId, Actor = actor, AtUtc = atUtc, Action = action, Detail = detail,
                DueUtc = dueUtc, OnTime = onTime,
            });

        /// <summary>The shared shielding rule (CallerShield) on the unit tree in memory.</summary>
        private bool Shielded(ScaleCase s, Guid unitId) =>
            s.IsConfidential || s.SubjectUnitId is { } subject && (IsSameOrBelow(unitId, subject) || IsSameOrBelow(subject, unitId));

        private bool IsSameOrBelow(Guid unitId, Guid ancestorId)
        {
            for (Guid? id = unitId; id is { } current; id = units.TryGetValue(current, out var u) ? u.ParentId : null)
            {
                if (current == ancestorId)
                    return true;
            }
            return false;
        }

        /// <summary>A step the plan places before the step it must follow happens a little after that one instead.</summary>
        private DateTime After(DateTime planned, DateTime step, TimeSpan gap) =>
            planned > step ? planned : step + gap <= nowUtc ? step + gap : step + (nowUtc - step) / 2;

        /// <summary>A fixed fraction in [0, 1) per case and purpose, so the same seed writes the same times.</summary>
        private static double Jitter(ScaleCase s, int salt)
        {
            var x = (ulong)s.Index * 0x9E3779B97F4A7C15UL + (ulong)salt * 0xBF58476D1CE4E5B9UL;
            x ^= x >> 31;
            x *= 0x94D049BB133111EBUL;
            x ^= x >> 29;
            return (x >> 11) * (1.0 / (1UL << 53));
        }
    }
}
