using Hotline.Platform.Time;

namespace Hotline.Platform.Calendar;

/// <summary>A deadline and whether computing it needed days outside the loaded calendar years.</summary>
public readonly record struct Deadline(DateTime DueUtc, bool BeyondCalendar);

/// <summary>
/// Working-day arithmetic over an immutable snapshot of the calendar.
///
/// Rules (after 民法典 art. 201–203 on computing periods):
/// <list type="bullet">
/// <item>A day is a working day if the calendar lists it as a make-up working day (调休上班), or it is
/// Monday–Friday and the calendar does not list it as an off-day.</item>
/// <item>"N working days after T": the day of T does not count, whatever the hour and whether or not it
/// is a working day; counting starts with the first working day after T's China date, and the period
/// ends at 24:00 China time of the N-th working day. So a case received on Friday 23:00, Saturday
/// 10:00 or a holiday all count Monday (or the next working day) as day 1.</item>
/// <item>"H hours after T": elapsed clock hours, 7×24, regardless of working days (sign-for and first
/// contact limits run around the clock like the hotline).</item>
/// <item>A date in a year whose schedule is not loaded falls back to the weekend rule and the result is
/// flagged <see cref="Deadline.BeyondCalendar"/> so the caller can warn.</item>
/// </list>
/// </summary>
public sealed class CalendarRules
{
    private readonly IReadOnlyDictionary<DateOnly, CalendarDay> _days;
    private readonly IReadOnlySet<int> _loadedYears;

    public CalendarRules(IEnumerable<CalendarDay> days, IEnumerable<int> loadedYears)
    {
        _days = days.ToDictionary(d => d.Date);
        _loadedYears = loadedYears.ToHashSet();
    }

    public IReadOnlySet<int> LoadedYears => _loadedYears;

    public bool IsLoaded(int year) => _loadedYears.Contains(year);

    public bool IsWorkingDay(DateOnly date) =>
        _days.TryGetValue(date, out var day)
            ? !day.IsOffDay
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public CalendarDay? Exception(DateOnly date) => _days.GetValueOrDefault(date);

    /// <summary>The N-th working day strictly after <paramref name="start"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays, out bool beyondCalendar) =>
        WorkingDaysAfter(start, workingDays, out beyondCalendar)[^1];

    /// <summary>
    /// The first <paramref name="count"/> working days strictly after <paramref name="start"/>, in order,
    /// so that staff can see which days a deadline counted.
    /// </summary>
    /// <param name="beyondCalendar">Set when any day looked at lies in a year whose schedule is not loaded.</param>
    public IReadOnlyList<DateOnly> WorkingDaysAfter(DateOnly start, int count, out bool beyondCalendar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        beyondCalendar = false;
        var days = new List<DateOnly>(count);
        var date = start;
        while (days.Count < count)
        {
            date = date.AddDays(1);
            beyondCalendar |= !IsLoaded(date.Year);
            if (IsWorkingDay(date))
                days.Add(date);
        }
        return days;
    }

    public Deadline DueAfterWorkingDays(DateTime startUtc, int workingDays)
    {
        var lastDay = AddWorkingDays(ChinaTime.DateOf(startUtc), workingDays, out var beyond);
        return new Deadline(ChinaTime.EndOfDayUtc(lastDay), beyond);
    }

    public static Deadline DueAfterHours(DateTime startUtc, double hours) =>
        new(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc).AddHours(hours), false);

    /// <summary>Working days from the day after <paramref name="fromUtc"/>'s China date up to and including the due day; 0 when due today or past.</summary>
    public int WorkingDaysLeft(DateTime fromUtc, DateTime dueUtc)
    {
        var from = ChinaTime.DateOf(fromUtc);
        var lastDay = ChinaTime.DateOf(dueUtc.AddTicks(-1));
        var count = 0;
        for (var d = from.AddDays(1); d <= lastDay; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
                count++;
        }
        return count;
    }
}
