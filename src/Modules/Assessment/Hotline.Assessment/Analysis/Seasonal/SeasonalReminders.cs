using Hotline.Platform.Auditing;
using Hotline.Platform.Catalog;
using Hotline.Platform.Notifications;
using Hotline.Platform.Persistence;

namespace Hotline.Assessment.Analysis.Seasonal;

/// <summary>A category's seasonal calendar line: its monthly means, its seasons, who is reminded and whether they were.</summary>
internal sealed record SeasonalRow(
    Guid CategoryId, string Category, SeasonalPattern Pattern, Guid? UnitId, string? Unit, Season? NextSeason, DateOnly? NextStart,
    ReminderView? Reminder);

internal sealed record ReminderView(
    Guid Id, Guid CategoryId, string Category, Guid UnitId, string Unit, int Year, int PeakMonth, string Text, DateTime SentAtUtc, string SentBy,
    DateTime? AcknowledgedAtUtc, string? AcknowledgedBy, string? AcknowledgeNote, Guid Version);

internal sealed record SeasonalCalendar(int FromYear, int ToYear, int LeadWeeks, IReadOnlyList<SeasonalRow> Rows);

/// <summary>
/// 未诉先办: the seasonal calendar of every category from past years' case facts, reminders to the responsible unit
/// (the category's default unit, else the unit that led most of its cases) a few weeks before each season, sent by a
/// daily pass or by hand, and the unit's acknowledgement.
/// </summary>
internal sealed class SeasonalReminders(
    IDbContextFactory<AssessmentDbContext> contexts,
    AnalysisNames names,
    SeasonalSettingsService settings,
    IStaffDirectory directory,
    AccessGate gate,
    TimeProvider clock)
{
    public const string SendAction = "发送未诉先办提醒";
    public const string AcknowledgeAction = "确认未诉先办提醒";

    public async Task<SeasonalCalendar> CalendarAsync(CancellationToken ct = default)
    {
        await gate.RequireAsync(AnalysisAccess.Readers);
        return await CalendarCoreAsync(ct);
    }

    /// <summary>The daily pass: every season starting within the lead time whose unit has not been reminded yet.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var calendar = await CalendarCoreAsync(ct);
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var sent = 0;
        foreach (var row in calendar.Rows.Where(r => r.NextStart is { } start && start.DayNumber - today.DayNumber <= calendar.LeadWeeks * 7 && r.Reminder is null && r.UnitId is not null))
        {
            if (await TrySendAsync(row, calendar, Actor.System, ct))
                sent++;
        }
        return sent;
    }

    /// <summary>立即提醒: the Supervisor reminds the unit of the category's next season now.</summary>
    public async Task SendNowAsync(Guid categoryId, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(AnalysisAccess.Readers);
        var calendar = await CalendarCoreAsync(ct);
        var row = calendar.Rows.FirstOrDefault(r => r.CategoryId == categoryId)
            ?? throw new BusinessRuleException("该分类往年没有明显的季节高发期，无需提醒。");
        if (row.UnitId is null)
            throw new BusinessRuleException("该分类没有默认承办单位，也没有往年的主办单位，无法确定提醒对象。");
        if (row.Reminder is { } r)
            throw new BusinessRuleException($"已于 {ChinaTime.Format(r.SentAtUtc)} 提醒{row.Unit}。");
        if (!await TrySendAsync(row, calendar, actor, ct))
            throw new BusinessRuleException($"{row.Unit}已收到本季的提醒。");
    }

    public async Task<IReadOnlyList<ReminderView>> RecentAsync(CancellationToken ct = default)
    {
        await gate.RequireAsync(AnalysisAccess.Readers);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ViewsAsync(await db.SeasonalReminders.AsNoTracking().OrderByDescending(r => r.SentAtUtc).Take(100).ToListAsync(ct), ct);
    }

    public async Task<IReadOnlyList<ReminderView>> ForMyUnitAsync(CancellationToken ct = default)
    {
        var (_, unitId) = await gate.RequireUnitAsync(AnalysisAccess.UnitReaders);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ViewsAsync(await db.SeasonalReminders.AsNoTracking().Where(r => r.UnitId == unitId)
            .OrderBy(r => r.AcknowledgedAtUtc != null).ThenByDescending(r => r.SentAtUtc).Take(100).ToListAsync(ct), ct);
    }

    public async Task AcknowledgeAsync(Guid reminderId, Guid version, string? note, CancellationToken ct = default)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(AnalysisAccess.UnitReaders);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var reminder = await db.SeasonalReminders.FirstOrDefaultAsync(r => r.Id == reminderId, ct);
        if (reminder is null || reminder.UnitId != unitId)
            throw new UnauthorizedAccessException("该提醒不是发给本单位的。");
        if (reminder.Version != version)
            throw new BusinessRuleException("该提醒已被本单位其他人处理，请刷新后查看。");
        reminder.Acknowledge(actor.UserName, note, clock.GetUtcNow().UtcDateTime);
        db.Audit(actor, clock, AcknowledgeAction, "SeasonalReminder", reminder.Id.ToString(), reminder.AcknowledgeNote ?? "已确认");
        await db.SaveOrConflictAsync("该提醒已被本单位其他人处理，请刷新后查看。", ct);
    }

    private async Task<bool> TrySendAsync(SeasonalRow row, SeasonalCalendar calendar, Actor actor, CancellationToken ct)
    {
        var (season, start, unitId) = (row.NextSeason!, row.NextStart!.Value, row.UnitId!.Value);
        var peak = season.FirstMonth <= season.LastMonth
            ? Enumerable.Range(season.FirstMonth, season.LastMonth - season.FirstMonth + 1)
            : Enumerable.Range(season.FirstMonth, 13 - season.FirstMonth).Concat(Enumerable.Range(1, season.LastMonth));
        var peakMean = peak.Average(m => row.Pattern.MonthlyMean[m - 1]);
        var text = $"根据{calendar.FromYear}—{calendar.ToYear}年的来电数据，“{row.Category}”类诉求每年{season.Label}集中"
            + $"（往年高发期月均 {peakMean:0.#} 件，全年月均 {row.Pattern.MonthlyMean.Average():0.#} 件）。"
            + $"今年高发期将于 {start.Month}月{start.Day}日开始，请提前部署、主动治理，做到未诉先办。";
        var now = clock.GetUtcNow().UtcDateTime;
        var staff = await directory.EnabledInUnitAsync(unitId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var reminder = SeasonalReminder.Send(row.CategoryId, unitId, start.Year, season.FirstMonth, text, actor.UserName, now);
        db.SeasonalReminders.Add(reminder);
        foreach (var person in staff)
            db.QueueNotification(NotificationChannel.InApp, person.UserId, $"未诉先办提醒：{row.Category}", text, clock, "/unit/reminders");
        db.Audit(actor, clock, SendAction, "SeasonalReminder", reminder.Id.ToString(), $"{row.Unit}：{row.Category} {start.Year}年{season.Label}");
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // The daily pass and a Supervisor sent the same season at once: the unique key kept one.
            if (await AlreadySentAsync(row.CategoryId, unitId, start.Year, season.FirstMonth, ct))
                return false;
            throw;
        }
    }

    private async Task<bool> AlreadySentAsync(Guid categoryId, Guid unitId, int year, int month, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.SeasonalReminders.AnyAsync(r => r.CategoryId == categoryId && r.UnitId == unitId && r.Year == year && r.PeakMonth == month, ct);
    }

    private async Task<SeasonalCalendar> CalendarCoreAsync(CancellationToken ct)
    {
        var s = await settings.GetAsync(ct);
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var (fromYear, toYear) = (today.Year - s.PastYears, today.Year - 1);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var counted = db.CaseFacts.AsNoTracking().Where(f => f.Status != CaseStatus.Invalid && f.Status != CaseStatus.Merged);
        var perCategory = new Dictionary<Guid, int[][]>();
        for (var year = fromYear; year <= toYear; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                var (from, to) = (ChinaTime.StartOfDayUtc(new DateOnly(year, month, 1)), ChinaTime.StartOfDayUtc(new DateOnly(year, month, 1).AddMonths(1)));
                var counts = await counted.Where(f => f.RegisteredAtUtc >= from && f.RegisteredAtUtc < to)
                    .GroupBy(f => f.CategoryId).Select(g => new { g.Key, Cases = g.Count() }).ToListAsync(ct);
                foreach (var c in counts)
                {
                    if (!perCategory.TryGetValue(c.Key, out var years))
                        perCategory[c.Key] = years = [.. Enumerable.Range(0, s.PastYears).Select(_ => new int[12])];
                    years[year - fromYear][month - 1] = c.Cases;
                }
            }
        }
        var patterns = perCategory.Select(p => (CategoryId: p.Key, Pattern: SeasonalPattern.Detect(p.Value))).Where(p => p.Pattern.Seasons.Count > 0).ToList();
        var ids = patterns.Select(p => p.CategoryId).ToList();
        var categories = await names.CategoriesAsync(ids, ct);
        var (windowFrom, windowTo) = (ChinaTime.StartOfDayUtc(new DateOnly(fromYear, 1, 1)), ChinaTime.StartOfDayUtc(new DateOnly(toYear + 1, 1, 1)));
        var leads = (await counted.Where(f => ids.Contains(f.CategoryId) && f.LeadUnitId != null && f.RegisteredAtUtc >= windowFrom && f.RegisteredAtUtc < windowTo)
                .GroupBy(f => new { f.CategoryId, f.LeadUnitId }).Select(g => new { g.Key.CategoryId, g.Key.LeadUnitId, Cases = g.Count() }).ToListAsync(ct))
            .GroupBy(x => x.CategoryId).ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.Cases).First().LeadUnitId!.Value);
        var unitIds = patterns.Select(p => categories.GetValueOrDefault(p.CategoryId)?.DefaultUnitId ?? leads.GetValueOrDefault(p.CategoryId)).OfType<Guid>();
        var unitNames = await names.UnitNamesAsync(unitIds, ct);
        var reminders = await db.SeasonalReminders.AsNoTracking().Where(r => ids.Contains(r.CategoryId) && r.Year >= today.Year).ToListAsync(ct);

        var rows = new List<SeasonalRow>();
        foreach (var (categoryId, pattern) in patterns)
        {
            var category = categories.GetValueOrDefault(categoryId);
            Guid? unitId = category?.DefaultUnitId ?? (leads.TryGetValue(categoryId, out var lead) ? lead : null);
            var next = pattern.Seasons.OrderBy(x => x.NextStart(today)).First();
            var start = next.NextStart(today);
            var sent = reminders.FirstOrDefault(r => r.CategoryId == categoryId && r.UnitId == unitId && r.Year == start.Year && r.PeakMonth == next.FirstMonth);
            var name = category?.PathName ?? "（未知分类）";
            var unitName = unitId is { } u ? unitNames.GetValueOrDefault(u, "（已撤销单位）") : null;
            rows.Add(new SeasonalRow(categoryId, name, pattern, unitId, unitName, next, start,
                sent is null ? null : View(sent, name, unitName ?? "")));
        }
        return new SeasonalCalendar(fromYear, toYear, s.ReminderLeadWeeks, [.. rows.OrderBy(r => r.NextStart).ThenBy(r => r.Category)]);
    }

    private async Task<IReadOnlyList<ReminderView>> ViewsAsync(List<SeasonalReminder> reminders, CancellationToken ct)
    {
        var categories = await names.CategoriesAsync(reminders.Select(r => r.CategoryId), ct);
        var unitNames = await names.UnitNamesAsync(reminders.Select(r => r.UnitId), ct);
        return [.. reminders.Select(r => View(r, categories.GetValueOrDefault(r.CategoryId)?.PathName ?? "（未知分类）", unitNames.GetValueOrDefault(r.UnitId, "")))];
    }

    private static ReminderView View(SeasonalReminder r, string category, string unit) => new(
        r.Id, r.CategoryId, category, r.UnitId, unit, r.Year, r.PeakMonth, r.Text, r.SentAtUtc, r.SentBy, r.AcknowledgedAtUtc, r.AcknowledgedBy,
        r.AcknowledgeNote, r.Version);
}
