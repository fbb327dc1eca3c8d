using Hotline.Administration.Calendar;
using Hotline.Platform.Calendar;
using Hotline.Platform.Time;

namespace Hotline.UnitTests.Calendar;

/// <summary>Rules over the embedded official 2024, 2025 and 2026 schedules, as the product seeds them.</summary>
internal static class OfficialRules
{
    public static CalendarRules Create()
    {
        var files = OfficialCalendars.Load().ToList();
        return new CalendarRules(files.SelectMany(f => f.Days), files.Select(f => f.Year));
    }

    /// <summary>The UTC instant of a China wall-clock time.</summary>
    public static DateTime China(int year, int month, int day, int hour = 0, int minute = 0) =>
        ChinaTime.FromChina(new DateTime(year, month, day, hour, minute, 0));

    public static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
