namespace Hotline.Platform.Notifications;

/// <summary>
/// When a failed notification may be tried again. The table has no "last attempt" column, so the
/// schedule is anchored on the creation time: try n+1 is due at created + 30 s + 1 min + … (doubling).
/// Without it a failing gateway would be hit again at once, because the save that records the
/// failure wakes the worker.
/// </summary>
public static class NotificationRetry
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(30);

    /// <summary>Delay that follows the <paramref name="attempts"/>-th failure: 30 s, 1 min, 2 min, 4 min …</summary>
    public static TimeSpan DelayAfter(int attempts) =>
        attempts <= 0 ? TimeSpan.Zero : FirstDelay * Math.Pow(2, attempts - 1);

    public static DateTime DueAtUtc(DateTime createdAtUtc, int attempts)
    {
        var due = createdAtUtc;
        for (var n = 1; n <= attempts; n++)
            due += DelayAfter(n);
        return due;
    }
}
