using Hotline.Platform.Facts;

namespace Hotline.UnitTests.Platform;

/// <summary>A period cut into whole China days (UTC+8) and the pieces of a day at either end.</summary>
public sealed class DayWindowsTests
{
    private static DateTime Utc(int month, int day, int hour = 0, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void A_month_in_china_time_is_whole_days_without_edges()
    {
        // 2026-11-01 00:00 China time is 2026-10-31 16:00 UTC.
        var w = DayWindows.Of(Utc(10, 31, 16), Utc(11, 30, 16));
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1)), (w.FirstDay, w.EndDay));
        Assert.Empty(w.Edges);
    }

    [Fact]
    public void A_period_that_starts_and_ends_inside_days_keeps_those_pieces_as_edges()
    {
        // 11-02 10:30 China → 11-05 09:00 China: whole days 11-03 and 11-04, edges before 11-03 and after 11-05 00:00.
        var w = DayWindows.Of(Utc(11, 2, 2, 30), Utc(11, 5, 1));
        Assert.Equal((new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 5)), (w.FirstDay, w.EndDay));
        Assert.Equal([(Utc(11, 2, 2, 30), Utc(11, 2, 16)), (Utc(11, 4, 16), Utc(11, 5, 1))], w.Edges);
    }

    [Fact]
    public void A_period_inside_one_day_is_a_single_edge()
    {
        var w = DayWindows.Of(Utc(11, 2, 2), Utc(11, 2, 9));
        Assert.False(w.HasDays);
        Assert.Equal([(Utc(11, 2, 2), Utc(11, 2, 9))], w.Edges);
    }

    [Fact]
    public void An_empty_or_reversed_period_has_nothing()
    {
        var w = DayWindows.Of(Utc(11, 2), Utc(11, 1));
        Assert.False(w.HasDays);
        Assert.Empty(w.Edges);
    }
}
