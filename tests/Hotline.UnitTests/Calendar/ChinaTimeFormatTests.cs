using Hotline.Platform.Time;

namespace Hotline.UnitTests.Calendar;

public sealed class ChinaTimeFormatTests
{
    [Fact]
    public void A_deadline_at_the_end_of_a_day_reads_24_00_of_that_day()
    {
        // 2026-12-17 00:00 China time is 2026-12-16 16:00 UTC: the end of 16 December.
        Assert.Equal("2026-12-16 24:00", ChinaTime.Format(new DateTime(2026, 12, 16, 16, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Other_times_read_as_china_time_to_the_minute()
    {
        Assert.Equal("2026-11-25 09:00", ChinaTime.Format(new DateTime(2026, 11, 25, 1, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("2026-11-26 00:01", ChinaTime.Format(new DateTime(2026, 11, 25, 16, 1, 0, DateTimeKind.Utc)));
    }
}
