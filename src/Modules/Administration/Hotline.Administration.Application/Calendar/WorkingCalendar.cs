using Hotline.Platform.Notifications;
using Hotline.Platform.Time;
using Microsoft.Extensions.Logging;

namespace Hotline.Administration.Calendar;

/// <summary>
/// The calendar service modules use: answers from an in-memory snapshot of the calendar table,
/// reloaded after an administrator edits or imports days. Deadlines that reach past the loaded
/// years are logged and remembered so the admin pages can warn.
/// </summary>
internal sealed class WorkingCalendar : IWorkingCalendar
{
    private const string OtherNodesTopic = "calendar:changed";

    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly ILogger<WorkingCalendar> logger;
    private readonly LiveUpdates live;

    public WorkingCalendar(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WorkingCalendar> logger, LiveUpdates live)
    {
        this.scopes = scopes;
        this.clock = clock;
        this.logger = logger;
        this.live = live;
        // Another app node's administrator changed the calendar: drop this node's snapshot too.
        live.Subscribe<string>(OtherNodesTopic, _ =>
        {
            Drop();
            return Task.CompletedTask;
        });
    }

    private volatile CalendarRules? _rules;
    // Bumped by Invalidate, so a load that read the table before an edit committed does not
    // cache its stale result over the edit.
    private int _generation;
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
            var generation = Volatile.Read(ref _generation);
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AdministrationDbContext>();
            var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
            var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(cancellationToken);
            var fresh = new CalendarRules(days, years);
            if (generation == Volatile.Read(ref _generation))
                _rules = fresh;
            return fresh;
        }
        finally
        {
            _loadLock.Release();
        }
    }

    /// <summary>Drops the snapshot after the calendar table changed, on this node and the others.</summary>
    public void Invalidate()
    {
        Drop();
        live.PublishToOtherNodes(OtherNodesTopic, "");
    }

    private void Drop()
    {
        Interlocked.Increment(ref _generation);
        _rules = null;
    }

    public async Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var rules = await GetRulesAsync(cancellationToken);
        if (!rules.IsLoaded(date.Year))
            NoteMissingYear(date.Year);
        return rules.IsWorkingDay(date);
    }

    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly start, int workingDays, CancellationToken cancellationToken = default)
    {
        var rules = await GetRulesAsync(cancellationToken);
        var result = rules.AddWorkingDays(start, workingDays, out var beyond);
        if (beyond)
            NoteMissingYears(rules, start.AddDays(1), result);
        return result;
    }

    public async Task<Deadline> DueAfterWorkingDaysAsync(DateTime startUtc, int workingDays, CancellationToken cancellationToken = default)
    {
        var rules = await GetRulesAsync(cancellationToken);
        var deadline = rules.DueAfterWorkingDays(startUtc, workingDays);
        if (deadline.BeyondCalendar)
            NoteMissingYears(rules, ChinaTime.DateOf(startUtc).AddDays(1), ChinaTime.DateOf(deadline.DueUtc.AddTicks(-1)));
        return deadline;
    }

    public Deadline DueAfterHours(DateTime startUtc, double hours) => CalendarRules.DueAfterHours(startUtc, hours);

    public async Task<int> WorkingDaysLeftAsync(DateTime fromUtc, DateTime dueUtc, CancellationToken cancellationToken = default) =>
        (await GetRulesAsync(cancellationToken)).WorkingDaysLeft(fromUtc, dueUtc);

    public async Task<IReadOnlyList<int>> MissingYearsAsync(CancellationToken cancellationToken = default)
    {
        var rules = await GetRulesAsync(cancellationToken);
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var wanted = new SortedSet<int> { today.Year };
        if (today.Month >= 11)
            wanted.Add(today.Year + 1);
        lock (_missingYearsSeen)
            wanted.UnionWith(_missingYearsSeen);
        return wanted.Where(y => !rules.IsLoaded(y)).ToList();
    }

    private void NoteMissingYears(CalendarRules rules, DateOnly from, DateOnly to)
    {
        for (var year = from.Year; year <= to.Year; year++)
        {
            if (!rules.IsLoaded(year))
                NoteMissingYear(year);
        }
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
