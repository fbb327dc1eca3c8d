namespace Hotline.Platform.Calendar;

/// <summary>An exception to the weekend rule: a statutory holiday off-day or a 调休 make-up working day.</summary>
public sealed class CalendarDay
{
    public DateOnly Date { get; set; }
    public string Name { get; set; } = "";
    public bool IsOffDay { get; set; }
}
