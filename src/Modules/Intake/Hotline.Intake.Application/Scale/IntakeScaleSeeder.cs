using Hotline.Intake.Progress;
using Hotline.Intake.Settings;
using Hotline.Platform.Persistence;
using Hotline.Platform.Seeding.Scale;

namespace Hotline.Intake.Scale;

/// <summary>
/// Writes generated cases as registration, the acceptance decision and the progress steps would have left them:
/// the case moved by its own decision and progress methods, its original request, and the timeline the caller's
/// progress lookup reads. Every generated case answers the query code <see cref="ScaleQueryCode"/>.
/// </summary>
internal sealed class IntakeScaleSeeder(IntakeDbContext db, IntakeSettingsService settings, CaseTextIndex index) : IScaleSeeder
{
    public const string ScaleQueryCode = "SCALE2";

    public int Order => 100;

    public async Task PrepareAsync(ScaleRun run, CancellationToken cancellationToken)
    {
        if (await db.Cases.AnyAsync(cancellationToken))
            throw new InvalidOperationException("数据库中已有工单：批量生成只用于空的演示数据库，请换一个数据目录或新建数据库。");
        var prefix = (await settings.GetAsync(cancellationToken)).NumberPrefix;
        if (prefix != run.NumberPrefix)
            throw new InvalidOperationException($"工单编号前缀与受理设置不一致（设置为 {prefix}），请用 --prefix {prefix}。");
    }

    public Task<ScaleRows> TellAsync(IReadOnlyList<ScaleCase> batch, CancellationToken cancellationToken)
    {
        var cases = new List<IntakeCase>(batch.Count);
        var requests = new List<CaseRequest>(batch.Count);
        var timeline = new List<TimelineEntry>(batch.Count * 6);
        foreach (var s in batch)
        {
            var agent = $"话务员{s.Index % 12 + 1:00}";
            var c = new IntakeCase
            {
                Id = s.CaseId, Number = s.Number, Channel = (Channel)s.Channel, RequestType = s.RequestType, CategoryId = s.CategoryId,
                AreaId = s.AreaId, Address = s.Address, Content = s.Content, Urgency = (Urgency)s.Urgency, CallerName = s.CallerName,
                IsAnonymous = s.IsAnonymous, CallerPhone = s.CallerPhone, IsConfidential = s.IsConfidential, SubjectUnitId = s.SubjectUnitId,
                RepeatOfCaseId = s.RepeatOfCaseId, QueryCodeHash = QueryCode.Hash(s.Number, ScaleQueryCode),
                RegisteredAtUtc = s.RegisteredAtUtc, RegisteredBy = agent, Version = Guid.NewGuid(),
            };
            requests.Add(new CaseRequest
            {
                CaseId = c.Id, SubmissionKey = c.Id, Channel = c.Channel, Content = c.Content, CallerName = c.CallerName,
                CallerPhone = c.CallerPhone, IsOriginal = true, ReceivedAtUtc = c.RegisteredAtUtc, ReceivedBy = agent,
            });
            var story = new Steps(c, timeline);
            story.Add(agent, c.RegisteredAtUtc, "登记", $"{c.Channel.DisplayName()}登记{(c.RepeatOfCaseId is null ? "" : "（重复诉求）")}", "诉求已登记");
            Decide(s, c, story, agent);
            cases.Add(c);
        }

        // Bulk inserts bypass the save observer: the cases go into the keyword index after the commit, and the index is
        // committed at the end (when the running app holds the index, it rebuilds at its next start because the counts differ).
        return Task.FromResult(new ScaleRows(db).Add(cases).Add(requests).Add(timeline).AfterCommit(() =>
        {
            if (index.IsOpen)
                index.Add(cases.Select(IndexedCase.Of));
        }));
    }

    /// <summary>Moves every day's number sequence past the numbers the generator used, so registration goes on from there.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        // The generator numbers each day 1, 2, 3 …, so a day's last value is its count: an aggregate in the database.
        var keyLength = (await settings.GetAsync(cancellationToken)).NumberPrefix.Length + 8;
        var days = await db.Cases.GroupBy(c => c.Number.Substring(0, keyLength)).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var sequences = days.Select(d => new CaseNumberSequence { Key = d.Key, LastValue = d.Count });
        await using var tx = await BulkInsert.BeginBatchAsync(db, cancellationToken);
        await db.NumberSequences.ExecuteDeleteAsync(cancellationToken);
        await BulkInsert.WriteAsync(db, sequences, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        if (index.IsOpen)
            index.Commit();
    }

    private static void Decide(ScaleCase s, IntakeCase c, Steps story, string agent)
    {
        if (s.DecidedAtUtc is not { } decided)
            return;
        switch (s.IntakeClose)
        {
            case ScaleIntakeClose.AnsweredAtIntake:
                var answer = c.AnswerOnSpot("已根据知识库向来电人解答相关政策和办理渠道。", decided, agent);
                story.Add(agent, decided, "直接答复", answer, "已当场答复：" + answer);
                return;
            case ScaleIntakeClose.NotAccepted:
                c.RefuseAcceptance(DefaultNonAcceptanceReasons.All().First().Code, "《12345热线工单管理办法》第二章", "请向有关部门反映。", decided, agent);
                story.Add(agent, decided, "不予受理", $"依据：{c.DecisionBasis}；告知：{c.DecisionGuidance}", $"不予受理。{c.DecisionGuidance}");
                return;
            case ScaleIntakeClose.Invalid:
                c.MarkInvalid(null, decided, agent);
                story.Add(agent, decided, "无效来电", "骚扰或无实质内容", null);
                return;
            case ScaleIntakeClose.EmergencyTransferred:
                c.TransferToEmergencyLine(EmergencyLine.Police110, decided, agent);
                story.Add(agent, decided, "紧急转接", $"已转接 {EmergencyLine.Police110.DisplayName()}", $"已为您转接 {EmergencyLine.Police110.DisplayName()}");
                return;
        }
        c.Accept(decided, agent);
        story.Add(agent, decided, "受理", "已受理，等待派单", "您的诉求已受理，正在转交承办单位");
        foreach (var d in s.Dispatches)
        {
            story.Mirror(c.RecordDispatch(d.Lead.UnitId), d.AtUtc, "派单", $"派单至 {d.Assignments.Count} 个单位", "您的诉求已转交承办单位办理");
            if (d.EndedAtUtc is { } ended)
                story.Mirror(c.RecordBackInDispatchQueue(), ended, "退回待派单", "承办单位退单，中心审核同意", "您的诉求正在重新确定承办单位");
        }
        if (s.SignedAtUtc is { } signed)
            story.Mirror(c.RecordSignedByLead(), signed, "承办单位签收", s.SignedLate ? "逾期签收" : "按时签收", "承办单位已签收，正在办理");
        if (s.Stage is ScaleStage.AwaitingApproval || s.RepliedAtUtc is not { } replied)
            return;
        story.Mirror(c.RecordReply(), replied, "承办单位答复", "已解决", "承办单位已答复，热线将回访您的意见");
        if (s.RedoAtUtc is { } redo)
            story.Mirror(c.RecordRedo(), redo, "发回重办", "诉求人不满意", "根据您的回访意见，工单已发回承办单位重新办理");
        if (s.RedoRepliedAtUtc is { } again)
            story.Mirror(c.RecordReply(), again, "重办答复", "已解决", "承办单位已答复，热线将回访您的意见");
        if (s.ClosedAtUtc is { } closed)
            story.Mirror(c.RecordClosed(closed), closed, "办结", "满意", "工单已办结，感谢您的支持");
    }

    /// <summary>The timeline rows of one case, written as CaseTimeline and CaseProgress write them.</summary>
    private sealed class Steps(IntakeCase c, List<TimelineEntry> timeline)
    {
        public void Add(string actor, DateTime atUtc, string action, string? detail, string? publicText) =>
            timeline.Add(new TimelineEntry
            {
                CaseId = c.Id, AtUtc = atUtc, Actor = actor, Action = action, Detail = detail, IsPublic = publicText is not null, PublicText = publicText,
            });

        public void Mirror(bool moved, DateTime atUtc, string action, string detail, string publicText)
        {
            if (moved)
                Add(CaseProgress.MirrorActor, atUtc, action, detail, publicText);
        }
    }
}
