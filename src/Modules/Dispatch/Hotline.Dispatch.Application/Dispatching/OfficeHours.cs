using System.Globalization;
using Hotline.Platform.Calendar;
using Hotline.Platform.Time;

namespace Hotline.Dispatch.Dispatching;

/// <summary>One stretch of the units' office day in China time, e.g. 08:30–12:00.</summary>
internal readonly record struct OfficePeriod(TimeOnly Start, TimeOnly End)
{
    public override string ToString() => $"{Start:HH\\:mm}-{End:HH\\:mm}";
}

/// <summary>
/// A limit counted in office hours: only the configured periods of working days (the calendar's holidays and make-up
/// days included) count, so a case dispatched at 22:31 is due the next working morning plus the limit, not at 06:31.
/// </summary>
internal static class OfficeHours
{
    public const string Default = "08:30-12:00,14:00-17:30";

    /// <summary>"08:30-12:00,14:00-17:30": periods in order, none overlapping, each at least 15 minutes.</summary>
    public static IReadOnlyList<OfficePeriod> Parse(string? text)
    {
        var parts = (text ?? "").Split([',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
            throw new BusinessRuleException("请填写办公时间，例如 08:30-12:00,14:00-17:30。");
        var periods = new List<OfficePeriod>();
        foreach (var part in parts)
        {
            var ends = part.Split(['-', '－', '–', '~', '～'], StringSplitOptions.TrimEntries);
            if (ends.Length != 2 || !TryTime(ends[0], out var start) || !TryTime(ends[1], out var end))
                throw new BusinessRuleException($"办公时间“{part}”格式不正确，应为 时:分-时:分，例如 08:30-12:00。");
            if (end <= start || end - start < TimeSpan.FromMinutes(15))
                throw new BusinessRuleException($"办公时间“{part}”的结束时间须晚于开始时间至少 15 分钟。");
            if (periods.Count > 0 && start < periods[^1].End)
                throw new BusinessRuleException($"办公时间“{part}”与前一段重叠或顺序颠倒，请按时间先后填写。");
            periods.Add(new OfficePeriod(start, end));
        }
        return periods;
    }

    public static string Format(IEnumerable<OfficePeriod> periods) => string.Join(",", periods);

    /// <summary>The moment <paramref name="hours"/> of office time have passed after <paramref name="startUtc"/>.</summary>
    public static Deadline DueAfter(CalendarRules rules, DateTime startUtc, double hours, IReadOnlyList<OfficePeriod> periods)
    {
        var local = ChinaTime.ToChina(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc));
        var remaining = TimeSpan.FromHours(hours);
        var beyondCalendar = false;
        // Ten years of days is far beyond any limit; the bound only guards against a calendar without working days.
        for (var (date, day) = (DateOnly.FromDateTime(local), 0); day < 3660; date = date.AddDays(1), day++)
        {
            beyondCalendar |= !rules.IsLoaded(date.Year);
            if (!rules.IsWorkingDay(date))
                continue;
            foreach (var period in periods)
            {
                var end = date.ToDateTime(period.End);
                if (end <= local)
                    continue;
                var from = date.ToDateTime(period.Start) > local ? date.ToDateTime(period.Start) : local;
                if (end - from >= remaining)
                    return new Deadline(ChinaTime.FromChina(from + remaining), beyondCalendar);
                remaining -= end - from;
            }
        }
        throw new InvalidOperationException("The calendar has no working day in ten years.");
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
