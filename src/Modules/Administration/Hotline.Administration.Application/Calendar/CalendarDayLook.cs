using Hotline.Platform.Calendar;

namespace Hotline.Administration.Calendar;

/// <summary>How a date counts, as the calendar page colours it.</summary>
internal enum CalendarDayKind
{
    WorkingDay,
    Weekend,
    OffDay,
    MakeUpDay,
}

/// <summary>Kind, colours and labels of a day cell, kept in one place so the grid and its legend agree.</summary>
internal static class CalendarDayLook
{
    public static CalendarDayKind KindOf(DateOnly date, CalendarDay? exception) => exception switch
    {
        { IsOffDay: true } => CalendarDayKind.OffDay,
        { IsOffDay: false } => CalendarDayKind.MakeUpDay,
        _ when CalendarImport.IsWeekend(date) => CalendarDayKind.Weekend,
        _ => CalendarDayKind.WorkingDay,
    };

    /// <summary>Short code for the data-kind attribute tests and end-to-end scripts select on.</summary>
    public static string Code(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.OffDay => "off",
        CalendarDayKind.MakeUpDay => "makeup",
        CalendarDayKind.Weekend => "weekend",
        _ => "work",
    };

    public static string Label(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.OffDay => "法定节假日（放假）",
        CalendarDayKind.MakeUpDay => "调休上班",
        CalendarDayKind.Weekend => "周末",
        _ => "工作日",
    };

    // Inline styles: the modules' pages are served without a scoped-CSS bundle.
    public static string Background(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.OffDay => "#fdecea",
        CalendarDayKind.MakeUpDay => "#fff3e0",
        CalendarDayKind.Weekend => "#eceff1",
        _ => "#ffffff",
    };

    public static string Foreground(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.OffDay => "#c62828",
        CalendarDayKind.MakeUpDay => "#e65100",
        CalendarDayKind.Weekend => "#607d8b",
        _ => "#212121",
    };

    public static string CellStyle(CalendarDayKind kind, bool isToday) =>
        $"position:relative;width:100%;height:34px;padding:0;border-radius:4px;cursor:pointer;font-size:0.85rem;" +
        $"background:{Background(kind)};color:{Foreground(kind)};" +
        $"font-weight:{(kind is CalendarDayKind.OffDay or CalendarDayKind.MakeUpDay ? "600" : "400")};" +
        $"border:{(isToday ? "2px solid var(--mud-palette-primary)" : "1px solid #e0e0e0")};";

    /// <summary>"调休上班：国庆节调休上班", "周末"…</summary>
    public static string State(DateOnly date, CalendarDay? exception)
    {
        var label = Label(KindOf(date, exception));
        return exception is null ? label : $"{label}：{exception.Name}";
    }

    /// <summary>The hover text of a cell: date, weekday and state with the holiday name.</summary>
    public static string Describe(DateOnly date, CalendarDay? exception) =>
        $"{date:yyyy-MM-dd} {CalendarImport.WeekdayName(date)} · {State(date, exception)}";
}
