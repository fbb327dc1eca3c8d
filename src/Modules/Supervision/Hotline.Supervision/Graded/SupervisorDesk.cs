using Hotline.Dispatch.Contracts;
using Hotline.Platform.Messaging;
using Hotline.Platform.Persistence;

namespace Hotline.Supervision.Graded;

/// <summary>The Supervisor's levers: pick a case, remind in bulk, raise a level, accept or send back a response, withdraw.</summary>
internal sealed class SupervisorDesk(IDbContextFactory<SupervisionDbContext> contexts, SupervisionLevers levers, AutomaticSupervision reminders,
    AccessGate gate, StaffName staff, ICaseDirectory cases, IAssignmentDirectory assignments, IUnitDirectory units, SupervisionLive live,
    TimeProvider clock)
{
    public const string AlreadyOpen = "该单位在此工单上已有进行中的督办，请在原督办上升级。";
    public const int MaxBulk = 100;

    /// <summary>A Supervisor's own pick (督办员指定), at any level, with the reason as the problem.</summary>
    public async Task<Guid> IssueAsync(ManualSupervision input, CancellationToken ct = default)
    {
        var name = await SupervisorAsync();
        var summary = await cases.GetAsync(input.CaseId, ct) ?? throw new BusinessRuleException("工单不存在。");
        var assignment = (await assignments.ForCaseAsync(input.CaseId, ct)).FirstOrDefault(a => a.UnitId == input.UnitId && a.IsActive)
            ?? throw new BusinessRuleException("该单位不是此工单的在办单位，不能督办。", "unit");
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Supervisions.AnyAsync(x => x.CaseId == input.CaseId && x.UnitId == input.UnitId
                && (x.Status == SupervisionStatus.Open || x.Status == SupervisionStatus.Responded), ct))
            throw new BusinessRuleException(AlreadyOpen, "unit");
        var subject = new SupervisionSubject(input.UnitId, summary.CaseId, summary.CaseNumber, assignment.AssignmentId,
            AreaId: summary.AreaId, CategoryId: summary.CategoryId);
        var work = new SupervisionWork(db);
        var id = await NumberedSave.RunAsync(db, async () =>
            (await levers.OpenAsync(work, subject, input.Level, SupervisionTrigger.Manual, input.Problem, input.Requirement, name, input.Instruction, ct)).Id, ct);
        live.Changed();
        return id;
    }

    /// <summary>The units the Supervisor may supervise on a case: those on an active assignment.</summary>
    public async Task<IReadOnlyList<(Guid UnitId, string Name)>> UnitsOnCaseAsync(Guid caseId, CancellationToken ct = default)
    {
        await gate.RequireAsync(HotlineRoles.Supervisor);
        var ids = (await assignments.ForCaseAsync(caseId, ct)).Where(a => a.IsActive).Select(a => a.UnitId).Distinct().ToList();
        return (await units.GetUnitsAsync(ids, ct)).Select(u => (u.Id, u.Name)).ToList();
    }

    /// <summary>
    /// 批量提醒督办: a level-1 reminder on each chosen near or past deadline of a unit's step that has none running yet.
    /// The others (a supervision of that unit on that case already running, the center's own steps, a deadline met or
    /// ended since the list was read) are refused one by one and named in the result, never doubled nor lost silently.
    /// </summary>
    public async Task<BulkReminders> RemindManyAsync(IReadOnlyCollection<Guid> deadlineIds, CancellationToken ct = default)
    {
        var name = await SupervisorAsync();
        if (deadlineIds.Count == 0)
            throw new BusinessRuleException("请先勾选要提醒的工单。");
        if (deadlineIds.Count > MaxBulk)
            throw new BusinessRuleException($"一次最多提醒 {MaxBulk} 件。");
        var ids = deadlineIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var work = new SupervisionWork(db);
        var deadlines = (await db.Deadlines.Where(x => ids.Contains(x.Id)).ToListAsync(ct)).ToDictionary(x => x.Id);
        var opened = 0;
        var refused = new List<RefusedReminder>();
        // In the order picked, so of two steps of one assignment the first picked gets the reminder.
        foreach (var id in ids)
        {
            if (!deadlines.TryGetValue(id, out var d) || !d.IsOpen)
                refused.Add(new(id, d?.CaseNumber ?? "", RefusedReminder.Ended));
            else if (!d.IsUnitCaseStep)
                refused.Add(new(id, d.CaseNumber, RefusedReminder.NotUnitStep));
            else if (await reminders.RemindAsync(work, d, d.State == DeadlineState.Overdue ? SupervisionTrigger.Overdue : SupervisionTrigger.Warning, name, ct))
                opened++;
            else
                refused.Add(new(id, d.CaseNumber, RefusedReminder.AlreadySupervised));
        }
        await db.SaveChangesAsync(ct);
        live.Changed();
        return new BulkReminders(opened, refused);
    }

    public async Task EscalateAsync(Guid id, Guid version, SupervisionLevel to, string? requirement, string? instruction, CancellationToken ct = default)
    {
        var name = await SupervisorAsync();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var work = new SupervisionWork(db);
        await NumberedSave.RunAsync(db, async () =>
        {
            var s = await LoadAsync(db, id, version, ct);
            await levers.RaiseAsync(work, s, to, requirement, instruction, name, ct);
            return s.Id;
        }, ct);
        live.Changed();
    }

    /// <summary>The leader's 批示 on a supervision the rules raised to the leader's level.</summary>
    public Task RecordInstructionAsync(Guid id, Guid version, string instruction, CancellationToken ct = default) =>
        ChangeAsync(id, version, (_, s, name, now) =>
        {
            s.RecordInstruction(instruction, name, now);
            return Task.CompletedTask;
        }, ct);

    public Task AcceptAsync(Guid id, Guid version, string? comment, CancellationToken ct = default) =>
        ChangeAsync(id, version, (db, s, name, now) =>
        {
            s.Accept(comment, name, now);
            db.Publish(new SupervisionAccepted(s.Id, s.CaseId, s.UnitId, s.Level, s.RespondedLate, now), clock);
            return Task.CompletedTask;
        }, ct);

    public Task SendBackAsync(Guid id, Guid version, string comment, CancellationToken ct = default) =>
        ChangeAsync(id, version, async (db, s, name, now) =>
            s.SendBack(comment, await levers.ResponseDueAsync(new SupervisionWork(db), s.Level, now, ct), name, now), ct);

    public Task WithdrawAsync(Guid id, Guid version, string reason, CancellationToken ct = default) =>
        ChangeAsync(id, version, (_, s, name, now) =>
        {
            s.Withdraw(reason, name, now);
            return Task.CompletedTask;
        }, ct);

    private async Task ChangeAsync(Guid id, Guid version, Func<SupervisionDbContext, CaseSupervision, string, DateTime, Task> change, CancellationToken ct)
    {
        var name = await SupervisorAsync();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var s = await LoadAsync(db, id, version, ct);
        await change(db, s, name, clock.GetUtcNow().UtcDateTime);
        await db.SaveOrConflictAsync(NumberedSave.ConflictMessage, ct);
        live.Changed();
    }

    private async Task<string> SupervisorAsync()
    {
        await gate.RequireAsync(HotlineRoles.Supervisor);
        return await staff.CurrentAsync();
    }

    /// <summary>Loads the supervision as the page showed it: a save then fails if someone changed it since.</summary>
    internal static async Task<CaseSupervision> LoadAsync(SupervisionDbContext db, Guid id, Guid version, CancellationToken ct)
    {
        var s = await db.Supervisions.Include(x => x.Steps).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new BusinessRuleException("督办不存在。");
        if (s.Version != version)
            throw new BusinessRuleException(NumberedSave.ConflictMessage);
        db.Entry(s).Property(x => x.Version).OriginalValue = version;
        return s;
    }
}

/// <summary>The Supervisor's form: which unit on which case, at which level, why and what is required.</summary>
internal sealed record ManualSupervision(Guid CaseId, Guid UnitId, SupervisionLevel Level, string Problem, string Requirement, string? Instruction = null);

/// <summary>What 批量提醒督办 did: how many reminders it opened, and each picked deadline that got none, with why.</summary>
internal sealed record BulkReminders(int Issued, IReadOnlyList<RefusedReminder> Refused)
{
    /// <summary>The page's message: the count sent, then what was not sent and why (the first few case numbers).</summary>
    public string Message()
    {
        var text = $"已发出 {Issued} 件提醒督办";
        if (Refused.Count == 0)
            return text;
        var reasons = Refused.GroupBy(r => r.Reason).Select(g =>
        {
            var numbers = g.Select(r => r.CaseNumber).Where(n => n.Length > 0).Distinct().ToList();
            var named = numbers.Count == 0 ? "" : "：" + string.Join("、", numbers.Take(5)) + (numbers.Count > 5 ? " 等" : "");
            return $"{g.Key} {g.Count()} 件{named}";
        });
        return $"{text}；未发出 {Refused.Count} 件（{string.Join("；", reasons)}）";
    }
}

/// <summary>A picked deadline that got no reminder: its case number (empty for a knowledge gap or a deadline gone) and why.</summary>
internal sealed record RefusedReminder(Guid DeadlineId, string CaseNumber, string Reason)
{
    public const string AlreadySupervised = "该单位在此工单上已有进行中的督办";
    public const string NotUnitStep = "不是单位签收、首次联系或办结的期限";
    public const string Ended = "期限已结束";
}
