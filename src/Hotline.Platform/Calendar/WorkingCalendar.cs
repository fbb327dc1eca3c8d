using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Calendar;

/// <summary>
/// The calendar service modules use: answers from an in-memory snapshot of the calendar table,
/// reloaded after an administrator edits or imports days. Deadlines that reach past the loaded
/// years are logged and remembered so the admin pages can warn.
/// </summary>
public sealed class WorkingCalendar(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WorkingCalendar> logger)
{
    private volatile CalendarRules? _rules;
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private readonly HashSet<int> _missingYearsSeen = [];

    public async Task<CalendarRules> GetRulesAsync(CancellationToken cancellationToken = default)
    {
        if (_rules is { } rules)
            return rules;
        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            if (_rules is { } loaded)
                return loaded;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
            var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(cancellationToken);
            return _rules = new CalendarRules(days, years);
        }
        finally
        {
            _loadLock.Release();
        }
    }

    /// <summary>Drops the snapshot after the calendar table changed.</summary>
    public void Invalidate() => _rules = null;

    public async Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var rules = await GetRulesAsync(cancellationToken);
        if (!rules.IsLoaded(date.Year))
            NoteMissingYear(date.Year);
        return rules.IsWorkingDay(date);
    }

    public async Task<Deadline> DueAfterWorkingDaysAsync(DateTime startUtc, int workingDays, CancellationToken cancellationToken = default)
    {
        var deadline = (await GetRulesAsync(cancellationToken)).DueAfterWorkingDays(startUtc, workingDays);
        if (deadline.BeyondCalendar)
            NoteMissingYear(Time.ChinaTime.DateOf(deadline.DueUtc).Year);
        return deadline;
    }

    public Deadline DueAfterHours(DateTime startUtc, double hours) => CalendarRules.DueAfterHours(startUtc, hours);

    /// <summary>Years that a computation needed but the calendar lacks, plus next year when it is due soon and missing.</summary>
    public async Task<IReadOnlyList<int>> MissingYearsAsync(CancellationToken cancellationToken = default)
    {
        var rules = await GetRulesAsync(cancellationToken);
        var today = Time.ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var wanted = new SortedSet<int> { today.Year };
        if (today.Month >= 11)
            wanted.Add(today.Year + 1);
        lock (_missingYearsSeen)
            wanted.UnionWith(_missingYearsSeen);
        return wanted.Where(y => !rules.IsLoaded(y)).ToList();
    }

    private void NoteMissingYear(int year)
    {
        lock (_missingYearsSeen)
        {
            if (!_missingYearsSeen.Add(year))
                return;
        }
        logger.LogWarning("Working-day calendar has no schedule for {Year}; the weekend rule is used until an administrator imports it", year);
    }
}
