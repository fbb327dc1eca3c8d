namespace Hotline.Platform.Calendar;

/// <summary>An exception to the weekend rule: a statutory holiday off-day or a 调休 make-up working day.</summary>
public sealed class CalendarDay
{
    public DateOnly Date { get; set; }
    public string Name { get; set; } = "";
    public bool IsOffDay { get; set; }
}

/// <summary>A year whose official schedule has been loaded; days outside loaded years fall back to the weekend rule.</summary>
public sealed class CalendarYear
{
    public int Year { get; set; }
    public DateTime LoadedAtUtc { get; set; }
    public string LoadedBy { get; set; } = "";
}
