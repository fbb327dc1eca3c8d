using Hotline.Platform.Calendar;
using Hotline.Platform.Time;

namespace Hotline.Platform.Seeding.Scale;

/// <summary>What to generate: how many cases over how many years up to <see cref="NowUtc"/>, from which seed.</summary>
internal sealed record ScaleOptions(int Cases, int Years, int Seed, DateTime NowUtc, string NumberPrefix);

/// <summary>
/// Tells each case's story forward from its registration with the proportions a county hotline sees (most cases
/// closed, a fifth closed at intake, a few returned, extended, late or redone, repeat callers), then cuts it at
/// "now": the stage is the last step that already happened. The same seed gives the same cases.
/// </summary>
internal sealed class ScalePlanner(ScaleReference reference, ScaleOptions options)
{
    // The defaults of Dispatch and Evaluation (8 h sign-for, 24 h first contact, 2 working days to revisit).
    private const double SignForHours = 8, UrgentSignForHours = 2, CriticalSignForHours = 0.5, FirstContactHours = 24;
    private const int RevisitWorkingDays = 2, ExtensionWorkingDays = 5, RedoWorkingDays = 5;

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"];
    // What callers say, by the matter category's code; other categories get the generic sentence in Content.
    private static readonly Dictionary<string, string[]> Problems = new()
    {
        ["C0101"] = ["小区物业不作为，楼道垃圾长期无人清理", "物业费上涨未公示", "小区门禁损坏物业拖延维修"],
        ["C0103"] = ["楼上漏水导致家中天花板损坏", "楼道墙体出现裂缝，担心安全"],
        ["C0104"] = ["老旧小区改造施工后路面未恢复", "老旧小区改造夜间施工噪音扰民"],
        ["C0201"] = ["超市销售过期食品", "饭店后厨卫生条件差"],
        ["C0202"] = ["商家拒不退还预付卡余额", "网购商品质量问题商家拒绝退货"],
        ["C0203"] = ["停车场收费标准不明码标价", "菜市场摊位乱收费"],
        ["C0204"] = ["小区电梯经常故障停运", "商场扶梯运行异响"],
        ["C0301"] = ["家中停水已超过一天，未接到通知"],
        ["C0303"] = ["小区频繁停电，影响生活"],
        ["C0305"] = ["供暖温度不达标，室内温度偏低"],
        ["C0401"] = ["道路坑洼积水，车辆行人通行困难", "路灯损坏多日未修，夜间出行不便"],
        ["C0501"] = ["孩子入学报名材料不清楚"],
        ["C0701"] = ["咨询养老保险缴费年限及待遇领取办法"],
        ["C0801"] = ["饭店油烟直排，气味刺鼻"],
        ["C0803"] = ["夜间施工噪音扰民，影响休息", "小区周边广场舞音响噪音过大"],
        ["C1101"] = ["工地拖欠农民工工资三个月"],
        ["C0603"] = ["医保报销比例有疑问"],
    };

    private readonly Random _random = new(options.Seed);
    private readonly Dictionary<(int Caller, Guid Category), (Guid CaseId, DateTime ClosedAtUtc)> _lastClosed = [];
    private readonly Dictionary<DateOnly, int> _sequences = [];
    private readonly ScaleCategory[] _weightedCategories = Weighted(reference.Categories);
    private CalendarRules Calendar => reference.Calendar;
    private ScaleReference Reference => reference;

    /// <summary>The cases in registration order, <paramref name="batchSize"/> at a time.</summary>
    public IEnumerable<IReadOnlyList<ScaleCase>> Batches(int batchSize)
    {
        var start = options.NowUtc.AddYears(-options.Years);
        var span = (options.NowUtc - start).Ticks;
        var batch = new List<ScaleCase>(batchSize);
        for (long i = 0; i < options.Cases; i++)
        {
            // One slot per case keeps registrations in order without sorting a million of them.
            var registered = start.AddTicks((long)(span * ((i + _random.NextDouble() * 0.999) / options.Cases)));
            batch.Add(Tell(i, registered));
            if (batch.Count == batchSize)
            {
                yield return batch;
                batch = new List<ScaleCase>(batchSize);
            }
        }
        if (batch.Count > 0)
            yield return batch;
    }

    private ScaleCase Tell(long index, DateTime registered)
    {
        var now = options.NowUtc;
        var category = _weightedCategories[_random.Next(_weightedCategories.Length)];
        var area = reference.Villages[_random.Next(reference.Villages.Count)];
        var channel = Pick([70, 8, 7, 10, 1, 1, 2, 1]);
        var requestType = (RequestTypeCode)Pick([30, 30, 25, 5, 8, 2]);
        var urgency = Pick([94, 5, 1]);
        var (callerIndex, phone) = Caller(index);
        var anonymous = _random.NextDouble() < 0.03;
        if (anonymous && _random.NextDouble() < 0.5)
            phone = null;
        var problem = Problems.TryGetValue(category.Code, out var said) ? said[_random.Next(said.Length)] : $"反映{category.Name}方面的问题";
        var date = ChinaTime.DateOf(registered);
        var sequence = _sequences[date] = _sequences.GetValueOrDefault(date) + 1;
        _sequences.Remove(date.AddDays(-2));
        var caseId = NewGuid();
        var repeatKey = (callerIndex, category.Id);
        Guid? repeatOf = callerIndex >= 0 && _lastClosed.TryGetValue(repeatKey, out var last) && last.ClosedAtUtc <= registered
            && registered - last.ClosedAtUtc <= TimeSpan.FromDays(90) ? last.CaseId : null;

        var online = channel is 1 or 2 or 3 or 4;
        var decided = registered.AddMinutes(online ? 30 + _random.NextDouble() * 1200 : 1 + _random.NextDouble() * 4);
        if (!online && decided > now)
            decided = now; // a call is decided while the caller is on the line
        var content = $"来电人反映：{area.Name}{_random.Next(1, 120)}号附近{problem}，希望有关部门尽快处理并回复。";
        var plan = new Story(this, now, category, requestType, urgency, phone is not null || !anonymous);
        plan.Run(registered, decided, online);
        if (plan.ClosedAtUtc is { } closed && callerIndex >= 0)
            _lastClosed[repeatKey] = (caseId, closed);

        return new ScaleCase
        {
            Index = index,
            CaseId = caseId,
            Number = $"{options.NumberPrefix}{date:yyyyMMdd}{sequence:D4}",
            RegisteredAtUtc = registered,
            Channel = channel,
            RequestType = requestType,
            CategoryId = category.Id,
            AreaId = area.Id,
            Urgency = urgency,
            Address = $"{area.Name}{_random.Next(1, 120)}号",
            Content = content,
            CallerName = anonymous ? "匿名" : Surnames[(int)((callerIndex < 0 ? index : callerIndex) % Surnames.Length)] + (index % 2 == 0 ? "先生" : "女士"),
            CallerPhone = phone,
            IsAnonymous = anonymous,
            IsConfidential = _random.NextDouble() < 0.04,
            SubjectUnitId = requestType == RequestTypeCode.Complaint && plan.Dispatches.Count > 0 && _random.NextDouble() < 0.1 ? plan.Dispatches[^1].Lead.UnitId : null,
            RepeatOfCaseId = repeatOf,
            Stage = plan.Stage,
            IntakeClose = plan.IntakeClose,
            DecidedAtUtc = plan.Stage == ScaleStage.Pending ? null : decided,
            Dispatches = plan.Dispatches,
            SignedAtUtc = plan.Signed,
            SignedLate = plan.SignedLate,
            FirstContactAtUtc = plan.Contacted,
            Extension = plan.Extension,
            RepliedAtUtc = plan.Replied,
            RedoAtUtc = plan.RedoAt,
            RedoDueUtc = plan.RedoDue,
            RedoRepliedAtUtc = plan.RedoReplied,
            RedoRating = plan.RedoRating,
            RevisitDueUtc = plan.RevisitDue,
            RevisitedAtUtc = plan.Revisited,
            Rating = plan.Rating,
            IntakeRating = plan.IntakeRating,
            Resolved = plan.Rating is { } r ? r >= 3 : null,
            ClosedAtUtc = plan.ClosedAtUtc,
        };
    }

    /// <summary>A quarter of the calls come from a small pool of frequent callers (repeat requests); the rest are one-off numbers.</summary>
    private (int CallerIndex, string? Phone) Caller(long index)
    {
        if (_random.NextDouble() < 0.25)
        {
            var pool = Math.Max(200, options.Cases / 200);
            var caller = _random.Next(pool);
            return (caller, $"139{caller:D8}");
        }
        return (-1, $"13{(index * 7919 + options.Seed) % 1_000_000_000:D9}");
    }

    private int Pick(int[] weights)
    {
        var roll = _random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
                return i;
        }
        return weights.Length - 1;
    }

    private double Between(double min, double max) => min + _random.NextDouble() * (max - min);

    private uint _guids;

    /// <summary>
    /// Ids that grow in the order the stories are written (their text starts with a counter): MariaDB keeps each table in
    /// its key's order, so new rows go at the end of the cases' and assignments' tables and of every index on a case id
    /// instead of into random pages (which, once the tables outgrow memory, costs a disk read per row).
    /// </summary>
    private Guid NewGuid()
    {
        Span<byte> tail = stackalloc byte[8];
        _random.NextBytes(tail);
        tail[0] = (byte)(tail[0] & 0x3F | 0x80); // RFC 4122 variant
        return new Guid(++_guids, (ushort)_random.Next(0x10000), (ushort)(0x4000 | _random.Next(0x1000)), tail[0], tail[1], tail[2], tail[3], tail[4], tail[5], tail[6], tail[7]);
    }

    /// <summary>Most cases land on the two bureaus the demo's unit users belong to, as in the measured county.</summary>
    private static ScaleCategory[] Weighted(IReadOnlyList<ScaleCategory> categories)
    {
        var busiest = categories.GroupBy(c => c.DefaultUnitId).OrderByDescending(g => g.Count()).Take(2).Select(g => g.Key).ToHashSet();
        return [.. categories.SelectMany(c => Enumerable.Repeat(c, busiest.Contains(c.DefaultUnitId) && !c.NotChased ? 8 : 1))];
    }

    /// <summary>One case's lifecycle from registration on; each step happens only if its time is before now.</summary>
    private sealed class Story(ScalePlanner p, DateTime now, ScaleCategory category, RequestTypeCode type, int urgency, bool reachable)
    {
        public ScaleStage Stage { get; private set; }
        public ScaleIntakeClose? IntakeClose { get; private set; }
        public List<ScaleDispatch> Dispatches { get; } = [];
        public DateTime? Signed, Contacted, Replied, RedoAt, RedoDue, RedoReplied, Revisited, ClosedAtUtc;
        public bool SignedLate;
        public (DateTime, DateTime, DateTime, int)? Extension;
        public DateTime RevisitDue;
        public int? Rating, IntakeRating, RedoRating;

        public void Run(DateTime registered, DateTime decided, bool online)
        {
            if (decided > now)
            {
                Stage = ScaleStage.Pending;
                return;
            }
            var closeRoll = p._random.Next(100);
            if (closeRoll < 22)
            {
                IntakeClose = closeRoll < 15 ? ScaleIntakeClose.AnsweredAtIntake : closeRoll < 18 ? ScaleIntakeClose.NotAccepted
                    : closeRoll < 21 ? ScaleIntakeClose.Invalid : ScaleIntakeClose.EmergencyTransferred;
                Stage = ScaleStage.ClosedAtIntake;
                ClosedAtUtc = decided;
                if (IntakeClose is ScaleIntakeClose.AnsweredAtIntake or ScaleIntakeClose.NotAccepted)
                {
                    RevisitDue = p.Calendar.DueAfterWorkingDays(decided, RevisitWorkingDays).DueUtc;
                    var revisit = UnreachableOnThirdDay(decided.AddHours(p.Between(2, 40)));
                    if (revisit <= now)
                    {
                        Revisited = revisit;
                        if (reachable)
                            IntakeRating = p.Pick([1, 2, 6, 30, 61]) + 1;
                    }
                }
                return;
            }

            Stage = ScaleStage.WaitingDispatch;
            var dispatchAt = decided.AddHours(p.Between(0.2, 6));
            if (dispatchAt > now)
                return;
            var lead = category.DefaultUnitId;
            if (p._random.NextDouble() < 0.04)
            {
                // 退单: the first unit applies within its window, the center approves, and the case goes to another unit.
                var returned = Dispatch(dispatchAt, lead);
                var applied = dispatchAt.AddHours(p.Between(1, 20));
                var approved = applied.AddHours(p.Between(2, 8));
                if (applied > now)
                {
                    Continue(returned);
                    return;
                }
                Dispatches[^1] = returned with { ReturnAppliedAtUtc = applied, EndedAtUtc = approved <= now ? approved : null };
                if (approved > now)
                {
                    Continue(Dispatches[^1]);
                    return;
                }
                dispatchAt = approved.AddHours(p.Between(0.5, 4));
                if (dispatchAt > now)
                    return;
                lead = p.Reference.Categories[p._random.Next(p.Reference.Categories.Count)].DefaultUnitId;
            }
            Continue(Dispatch(dispatchAt, lead));
        }

        private ScaleDispatch Dispatch(DateTime at, Guid leadUnit)
        {
            var leadAssignment = new ScaleAssignment(p.NewGuid(), leadUnit, true, null);
            var assignments = new List<ScaleAssignment> { leadAssignment };
            if (p.Reference.SubUnits.TryGetValue(leadUnit, out var subs) && p._random.NextDouble() < 0.1)
                assignments.Add(new ScaleAssignment(p.NewGuid(), subs[p._random.Next(subs.Count)], true, leadAssignment.Id));
            var days = category.StatutoryWorkingDays ?? p.Reference.CompletionWorkingDays.GetValueOrDefault(type, 5);
            var signHours = urgency switch { 2 => CriticalSignForHours, 1 => UrgentSignForHours, _ => SignForHours };
            var dispatch = new ScaleDispatch(p.NewGuid(), at, assignments,
                at.AddHours(signHours), at.AddHours(FirstContactHours), p.Calendar.DueAfterWorkingDays(at, days).DueUtc, days,
                p.Calendar.DueAfterWorkingDays(at, 1).DueUtc, null, null);
            Dispatches.Add(dispatch);
            return dispatch;
        }

        /// <summary>The current dispatch from sign-for to closing.</summary>
        private void Continue(ScaleDispatch d)
        {
            Stage = ScaleStage.AwaitingSignFor;
            if (d.Returned || d.ReturnAppliedAtUtc is not null)
                return;
            var signLate = p._random.NextDouble() < 0.08;
            var sign = signLate ? d.SignForDueUtc.AddHours(p.Between(0.5, 20)) : d.AtUtc.AddHours(p.Between(0.1, 0.9) * (d.SignForDueUtc - d.AtUtc).TotalHours);
            if (sign > now)
                return;
            (Signed, SignedLate, Stage) = (sign, signLate, ScaleStage.InHandling);
            if (reachable)
            {
                var contact = p._random.NextDouble() < 0.1 ? d.FirstContactDueUtc.AddHours(p.Between(1, 30)) : sign.AddHours(p.Between(0.3, 0.95) * Math.Max(1, (d.FirstContactDueUtc - sign).TotalHours));
                if (contact <= now)
                    Contacted = contact;
            }
            var due = d.CompletionDueUtc;
            if (p._random.NextDouble() < 0.03)
            {
                var asked = sign.AddHours(p.Between(24, 72));
                var decidedAt = asked.AddHours(p.Between(1, 8));
                if (decidedAt <= now && asked < due)
                {
                    var newDue = p.Calendar.DueAfterWorkingDays(due, ExtensionWorkingDays).DueUtc;
                    Extension = (asked, decidedAt, newDue, ExtensionWorkingDays);
                    due = newDue;
                }
            }
            // An extension is decided before the reply: the unit works on from the decision to the new deadline.
            var from = Extension is { } granted ? granted.Item2 : sign;
            var reply = p._random.NextDouble() < 0.08 ? due.AddHours(p.Between(4, 120)) : from.AddHours(p.Between(0.15, 0.95) * (due - from).TotalHours);
            // Submitted for approval a while before it was accepted, and never before the sign-for (a short urgent deadline).
            var submitted = reply.AddHours(-p.Between(0.2, 3));
            if (submitted < sign.AddMinutes(10))
                (submitted, reply) = (sign.AddMinutes(10), Max(reply, sign.AddMinutes(20)));
            // A unit that already replied asks for no extension: an early reply makes the extension an untold story.
            if (Extension is { } extension && extension.Item1 >= submitted)
                Extension = null;
            if (submitted > now)
                return;
            if (reply > now)
            {
                (Replied, Stage) = (submitted, ScaleStage.AwaitingApproval);
                return;
            }
            (Replied, Stage) = (reply, ScaleStage.Replied);
            Revisit(reply, first: true);
        }

        /// <summary>
        /// An unreachable caller closes as 无法回访 only after failed calls on three different days (Evaluation's rule), so
        /// the revisit that ends it comes two days after the first call; a reachable caller's revisit stays as drawn.
        /// </summary>
        private DateTime UnreachableOnThirdDay(DateTime firstCall) => reachable ? firstCall : firstCall.AddDays(2);

        private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

        private void Revisit(DateTime replied, bool first)
        {
            RevisitDue = p.Calendar.DueAfterWorkingDays(replied, RevisitWorkingDays).DueUtc;
            var revisit = UnreachableOnThirdDay(replied.AddHours(p.Between(1, 60)));
            if (revisit > now)
                return;
            int? rating = category.NotChased || !reachable || p._random.NextDouble() < 0.05 ? null : p.Pick([4, 8, 13, 35, 40]) + 1;
            if (first && rating <= 2 && p._random.NextDouble() < 0.4)
            {
                (RedoAt, RedoRating) = (revisit, rating);
                RedoDue = p.Calendar.DueAfterWorkingDays(revisit, RedoWorkingDays).DueUtc;
                Stage = ScaleStage.InHandling;
                var again = revisit.AddHours(p.Between(6, 100));
                if (again > now)
                    return;
                (RedoReplied, Stage) = (again, ScaleStage.Replied);
                Revisit(again, first: false);
                return;
            }
            (Revisited, Rating, ClosedAtUtc, Stage) = (revisit, rating, revisit, ScaleStage.Closed);
        }
    }
}
