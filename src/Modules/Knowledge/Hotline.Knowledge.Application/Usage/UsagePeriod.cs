using Hotline.Platform.Time;

namespace Hotline.Knowledge.Usage;

/// <summary>统计期间: whole China days, both ends included.</summary>
internal sealed record UsagePeriod(DateOnly From, DateOnly To)
{
    public DateTime FromUtc => ChinaTime.StartOfDayUtc(From);
    public DateTime ToUtc => ChinaTime.StartOfDayUtc(To.AddDays(1));

    public static UsagePeriod Month(DateOnly anyDay) => new(new DateOnly(anyDay.Year, anyDay.Month, 1), new DateOnly(anyDay.Year, anyDay.Month, 1).AddMonths(1).AddDays(-1));

    public static UsagePeriod Year(DateOnly anyDay) => new(new DateOnly(anyDay.Year, 1, 1), new DateOnly(anyDay.Year, 12, 31));

    public static UsagePeriod LastDays(DateOnly today, int days) => new(today.AddDays(1 - days), today);
}
