using Hotline.Platform.Time;

namespace Hotline.Platform.Facts;

/// <summary>
/// A period [FromUtc, ToUtc) cut into the whole China days a daily fact table answers, [FirstDay, EndDay), and the
/// parts of a day at either end that must be counted from the rows themselves.
/// </summary>
public sealed record DayWindows(DateOnly FirstDay, DateOnly EndDay, IReadOnlyList<(DateTime FromUtc, DateTime ToUtc)> Edges)
{
    public bool HasDays => FirstDay < EndDay;

    public static DayWindows Of(DateTime fromUtc, DateTime toUtc)
    {
        if (toUtc <= fromUtc)
            return new DayWindows(default, default, []);
        var first = ChinaTime.DateOf(fromUtc);
        if (ChinaTime.StartOfDayUtc(first) < fromUtc)
            first = first.AddDays(1);
        var end = ChinaTime.DateOf(toUtc);
        var firstStart = ChinaTime.StartOfDayUtc(first);
        var endStart = ChinaTime.StartOfDayUtc(end);
        if (endStart <= firstStart)
            return new DayWindows(default, default, [(fromUtc, toUtc)]);
        var edges = new List<(DateTime, DateTime)>(2);
        if (fromUtc < firstStart)
            edges.Add((fromUtc, firstStart));
        if (endStart < toUtc)
            edges.Add((endStart, toUtc));
        return new DayWindows(first, end, edges);
    }
}
