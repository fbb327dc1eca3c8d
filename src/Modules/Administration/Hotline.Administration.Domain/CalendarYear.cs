namespace Hotline.Administration.Domain;

/// <summary>A year whose official schedule has been loaded; days outside loaded years fall back to the weekend rule.</summary>
internal sealed class CalendarYear
{
    public int Year { get; set; }
    public DateTime LoadedAtUtc { get; set; }
    public string LoadedBy { get; set; } = "";
}
