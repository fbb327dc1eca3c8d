using Hotline.Platform.Calendar;

namespace Hotline.Handling.ResultNotice;

/// <summary>Telling the caller the result is due 1 day (24 clock hours, like the hotline's other hour limits) after the reply was accepted.</summary>
internal static class ResultNoticeRule
{
    public const int Hours = 24;

    public static DateTime DueUtc(DateTime completedAtUtc) => CalendarRules.DueAfterHours(completedAtUtc, Hours).DueUtc;
}
