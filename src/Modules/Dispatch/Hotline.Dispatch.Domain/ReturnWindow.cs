using Hotline.Platform.Time;

namespace Hotline.Dispatch.Domain;

/// <summary>
/// The 退单 window (002 art. 13-6: apply within 1 working day of receipt). Its end is computed by the
/// calendar at dispatch and stored on the assignment, so a later calendar edit never reopens or
/// shortens a window a unit already relies on.
/// </summary>
internal static class ReturnWindow
{
    /// <returns>Null while a return may still be applied for; otherwise the explanation the unit sees.</returns>
    public static string? ClosedReason(DateTime windowEndsUtc, DateTime nowUtc, int windowWorkingDays) =>
        nowUtc <= windowEndsUtc
            ? null
            : $"派单后 {windowWorkingDays} 个工作日内可申请退单，本单退单期限已于 {DeadlineText(windowEndsUtc)} 届满";

    /// <summary>
    /// A period ends at 24:00 China time; "2026-10-08 24:00" reads as the deadline the rules state,
    /// where "2026-10-09 00:00" would suggest the 9th still counts.
    /// </summary>
    public static string DeadlineText(DateTime utc)
    {
        var china = ChinaTime.ToChina(utc);
        return china.TimeOfDay == TimeSpan.Zero
            ? china.AddDays(-1).ToString("yyyy-MM-dd") + " 24:00"
            : china.ToString("yyyy-MM-dd HH:mm");
    }
}
