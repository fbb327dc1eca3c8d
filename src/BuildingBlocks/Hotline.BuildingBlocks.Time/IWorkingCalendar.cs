namespace Hotline.Platform.Calendar;

/// <summary>
/// The working-day calendar every module computes deadlines with (implemented by the Administration module, which
/// keeps the calendar table and its admin page). Answers come from an in-memory snapshot reloaded after every change.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>The whole calendar as one immutable snapshot, for computing many deadlines in a loop.</summary>
    Task<CalendarRules> GetRulesAsync(CancellationToken cancellationToken = default);

    Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken cancellationToken = default);

    Task<DateOnly> AddWorkingDaysAsync(DateOnly start, int workingDays, CancellationToken cancellationToken = default);

    /// <summary>"N working days after T" (see <see cref="CalendarRules"/>); a result beyond the loaded years is remembered for the admins' warning.</summary>
    Task<Deadline> DueAfterWorkingDaysAsync(DateTime startUtc, int workingDays, CancellationToken cancellationToken = default);

    Deadline DueAfterHours(DateTime startUtc, double hours);

    Task<int> WorkingDaysLeftAsync(DateTime fromUtc, DateTime dueUtc, CancellationToken cancellationToken = default);

    /// <summary>Years that a computation needed but the calendar lacks, plus this year and, from November, next year when missing.</summary>
    Task<IReadOnlyList<int>> MissingYearsAsync(CancellationToken cancellationToken = default);

    /// <summary>The warning admins see for a missing year.</summary>
    static string MissingYearWarning(int year) => $"{year} 年日历未导入，涉及该年的期限按周末规则计算。";
}
