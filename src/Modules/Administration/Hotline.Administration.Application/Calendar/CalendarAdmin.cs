using Hotline.Platform.Time;

namespace Hotline.Administration.Calendar;

/// <summary>
/// Administration of the calendar table: viewing a year, importing a year, editing one day, trying a
/// deadline. Each change is audited in the same save and refreshes the <see cref="WorkingCalendar"/>
/// snapshot. Every public method requires an administrator; start-up seeding, which has no user,
/// uses the internal <see cref="ImportYearAsync(CalendarYearFile, Actor, CancellationToken)"/>.
/// </summary>
internal sealed class CalendarAdmin(
    IDbContextFactory<AdministrationDbContext> contexts, WorkingCalendar calendar, AdminGuard guard, TimeProvider clock)
{
    public const int MaxTrialWorkingDays = 365;
    public const int MaxTrialHours = 720;
    private const string ConcurrentEdit = "工作日历已被他人同时修改，请刷新后重试。";

    public async Task<IReadOnlyList<CalendarYearInfo>> LoadedYearsAsync(CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var years = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(cancellationToken);
        // A few dozen rows per year: counting in memory avoids provider differences in DateOnly.Year translation.
        var days = await db.CalendarDays.AsNoTracking().Select(d => new { d.Date, d.IsOffDay }).ToListAsync(cancellationToken);
        return years.Select(y => new CalendarYearInfo(
                y.Year,
                days.Count(d => d.Date.Year == y.Year && d.IsOffDay),
                days.Count(d => d.Date.Year == y.Year && !d.IsOffDay),
                y.LoadedAtUtc,
                y.LoadedBy))
            .ToList();
    }

    /// <summary>The exceptions stored for one year (loaded or not: a day may have been set by hand).</summary>
    public async Task<IReadOnlyList<CalendarDay>> DaysOfYearAsync(int year, CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        var (from, to) = YearRange(year);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(cancellationToken);
    }

    /// <summary>The warnings about missing years, as <see cref="WorkingCalendar.MissingYearsAsync"/> reports them.</summary>
    public async Task<IReadOnlyList<int>> MissingYearsAsync(CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        return await calendar.MissingYearsAsync(cancellationToken);
    }

    /// <summary>Parses an uploaded file and, when it is valid, says what importing it would replace. Stores nothing.</summary>
    public async Task<CalendarImportCheck> CheckImportAsync(string json, CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        var (file, errors) = CalendarImport.Parse(json);
        if (file is null)
            return new CalendarImportCheck(null, errors, false, 0);
        var (from, to) = YearRange(file.Year);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var loaded = await db.CalendarYears.AnyAsync(y => y.Year == file.Year, cancellationToken);
        var existing = await db.CalendarDays.CountAsync(d => d.Date >= from && d.Date <= to, cancellationToken);
        return new CalendarImportCheck(file, [], loaded, existing);
    }

    /// <summary>Replaces the whole year with the file's days; an invalid file is refused and nothing changes.</summary>
    public async Task ImportYearAsync(CalendarYearFile file, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await ImportYearAsync(file, actor, cancellationToken);
    }

    /// <summary>
    /// The import itself, for trusted callers only (start-up seeding of the official schedules, acting
    /// as <see cref="Actor.System"/>). The old and new days are reconciled in one SaveChanges, which is
    /// one transaction on both providers, so a failure leaves the previous schedule intact.
    /// </summary>
    internal async Task ImportYearAsync(CalendarYearFile file, Actor actor, CancellationToken cancellationToken)
    {
        var errors = CalendarImport.Validate(file);
        if (errors.Count > 0)
            throw new BusinessRuleException("日历文件有误，未导入：" + string.Join(" ", errors));

        var (from, to) = YearRange(file.Year);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.CalendarDays.Where(d => d.Date >= from && d.Date <= to).ToListAsync(cancellationToken);
        var incoming = file.Days.ToDictionary(d => d.Date);
        foreach (var day in existing)
        {
            // Updating rows that keep their date, rather than delete-then-insert, keeps every key unique
            // within the single save.
            if (incoming.Remove(day.Date, out var replacement))
            {
                day.Name = replacement.Name.Trim();
                day.IsOffDay = replacement.IsOffDay;
            }
            else
            {
                db.CalendarDays.Remove(day);
            }
        }
        db.CalendarDays.AddRange(incoming.Values.Select(d => new CalendarDay { Date = d.Date, Name = d.Name.Trim(), IsOffDay = d.IsOffDay }));

        var year = await db.CalendarYears.FindAsync([file.Year], cancellationToken);
        if (year is null)
            db.CalendarYears.Add(year = new CalendarYear { Year = file.Year });
        year.LoadedAtUtc = clock.GetUtcNow().UtcDateTime;
        year.LoadedBy = actor.UserName;

        var offDays = file.Days.Count(d => d.IsOffDay);
        db.Audit(actor, clock, "导入工作日历", "CalendarYear", file.Year.ToString(),
            $"替换原有 {existing.Count} 个例外日期为 {file.Days.Count} 个（放假 {offDays} 天，调休上班 {file.Days.Count - offDays} 天）");
        await SaveAsync(db, cancellationToken);
    }

    /// <summary>
    /// Sets one day: <paramref name="isOffDay"/> true = a holiday off-day, false = a 调休 make-up
    /// working day (weekends only: a weekday is a working day already), null = back to the weekend rule.
    /// </summary>
    public async Task SetDayAsync(DateOnly date, bool? isOffDay, string? name, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        if (date.Year is < CalendarImport.MinYear or > CalendarImport.MaxYear)
            throw new BusinessRuleException($"只能修改 {CalendarImport.MinYear}–{CalendarImport.MaxYear} 年的日期。");
        var trimmed = name?.Trim() ?? "";
        if (isOffDay is not null)
        {
            if (trimmed.Length == 0)
                throw new BusinessRuleException("请填写节假日或调休的名称。");
            if (trimmed.Length > CalendarImport.MaxNameLength)
                throw new BusinessRuleException($"名称不能超过 {CalendarImport.MaxNameLength} 个字。");
        }
        if (isOffDay == false && !CalendarImport.IsWeekend(date))
            throw new BusinessRuleException($"{date:yyyy-MM-dd} 是{CalendarImport.WeekdayName(date)}，本来就是工作日，不需要设为调休上班。");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var day = await db.CalendarDays.FindAsync([date], cancellationToken);
        string detail;
        if (isOffDay is null)
        {
            if (day is null)
                throw new BusinessRuleException($"{date:yyyy-MM-dd} 已是普通日，无需恢复。");
            db.CalendarDays.Remove(day);
            detail = $"恢复为普通日（原为{(day.IsOffDay ? "放假" : "调休上班")}：{day.Name}）";
        }
        else
        {
            var before = day is null ? "普通日" : $"{(day.IsOffDay ? "放假" : "调休上班")}：{day.Name}";
            if (day is null)
                db.CalendarDays.Add(day = new CalendarDay { Date = date });
            day.IsOffDay = isOffDay.Value;
            day.Name = trimmed;
            detail = $"{(isOffDay.Value ? "放假" : "调休上班")}：{trimmed}（原为{before}）";
        }
        db.Audit(actor, clock, "修改工作日历", "CalendarDay", date.ToString("yyyy-MM-dd"), detail);
        await SaveAsync(db, cancellationToken);
    }

    /// <summary>"N working days after T" per <see cref="CalendarRules"/>, without recording a missing year: a trial is not a real deadline.</summary>
    public async Task<DeadlineTrial> TryWorkingDaysAsync(DateTime startUtc, int workingDays, CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        if (workingDays is < 1 or > MaxTrialWorkingDays)
            throw new BusinessRuleException($"工作日数应在 1–{MaxTrialWorkingDays} 之间。");
        var rules = await calendar.GetRulesAsync(cancellationToken);
        var counted = rules.WorkingDaysAfter(ChinaTime.DateOf(startUtc), workingDays, out _);
        var deadline = rules.DueAfterWorkingDays(startUtc, workingDays);
        var firstYear = ChinaTime.DateOf(startUtc).AddDays(1).Year;
        var missing = Enumerable.Range(firstYear, counted[^1].Year - firstYear + 1).Where(y => !rules.IsLoaded(y)).ToList();
        return new DeadlineTrial(startUtc, deadline.DueUtc, deadline.BeyondCalendar, counted, missing);
    }

    /// <summary>"H hours after T": clock hours around the clock, so the calendar plays no part.</summary>
    public async Task<DeadlineTrial> TryHoursAsync(DateTime startUtc, int hours)
    {
        await guard.RequireAdminAsync();
        if (hours is < 1 or > MaxTrialHours)
            throw new BusinessRuleException($"小时数应在 1–{MaxTrialHours} 之间。");
        var deadline = CalendarRules.DueAfterHours(startUtc, hours);
        return new DeadlineTrial(startUtc, deadline.DueUtc, false, [], []);
    }

    private async Task SaveAsync(AdministrationDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another administrator changed the same days between our read and our save.
            throw new BusinessRuleException(ConcurrentEdit);
        }
        finally
        {
            // Also after a failure: the snapshot may predate the other administrator's change.
            calendar.Invalidate();
        }
    }

    private static (DateOnly From, DateOnly To) YearRange(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}
