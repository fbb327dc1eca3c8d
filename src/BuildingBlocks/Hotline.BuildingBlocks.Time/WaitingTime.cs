namespace Hotline.Platform.Time;

/// <summary>How long something has waited, as staff read it at a glance (分钟, 小时, 天).</summary>
public static class WaitingTime
{
    public static string Format(TimeSpan waited)
    {
        if (waited < TimeSpan.FromMinutes(1))
            return "不足 1 分钟";
        if (waited < TimeSpan.FromHours(1))
            return $"{(int)waited.TotalMinutes} 分钟";
        if (waited < TimeSpan.FromDays(1))
            return $"{(int)waited.TotalHours} 小时 {waited.Minutes} 分钟";
        return $"{(int)waited.TotalDays} 天 {waited.Hours} 小时";
    }
}
