namespace Hotline.Platform.Time;

/// <summary>Times are stored in UTC and shown in China Standard Time (UTC+8, no daylight saving).</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTime ToChina(DateTime utc) =>
        DateTime.SpecifyKind(AsUtc(utc) + Offset, DateTimeKind.Unspecified);

    public static DateTime FromChina(DateTime chinaLocal) =>
        DateTime.SpecifyKind(chinaLocal - Offset, DateTimeKind.Utc);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToChina(utc));

    /// <summary>The UTC instant at which the given China calendar day begins.</summary>
    public static DateTime StartOfDayUtc(DateOnly chinaDate) =>
        FromChina(chinaDate.ToDateTime(TimeOnly.MinValue));

    /// <summary>The UTC instant at which the given China calendar day ends (24:00): the exclusive bound of a date range that includes that day.</summary>
    public static DateTime EndOfDayUtc(DateOnly chinaDate) => StartOfDayUtc(chinaDate.AddDays(1));

    /// <summary>
    /// China time to the minute. Exactly midnight reads as 24:00 of the day before, the way deadlines
    /// are written ("期限至 12 月 16 日 24:00"): a period ends at 24:00, not at 00:00 of the next day.
    /// </summary>
    public static string Format(DateTime utc)
    {
        var china = ToChina(utc);
        return china.TimeOfDay == TimeSpan.Zero
            ? china.AddDays(-1).ToString("yyyy-MM-dd") + " 24:00"
            : china.ToString("yyyy-MM-dd HH:mm");
    }

    public static string Format(DateTime? utc) => utc is null ? "" : Format(utc.Value);

    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
