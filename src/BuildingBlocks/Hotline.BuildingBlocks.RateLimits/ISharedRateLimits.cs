namespace Hotline.Platform.Security;

/// <summary>
/// Hit counters every app node shares (several nodes behind one address: a caller's limit must not grow with their
/// number). Each answer is null when the shared store cannot be reached: the limiter then counts on its own node.
/// </summary>
public interface ISharedRateLimits
{
    /// <summary>Records a hit unless <paramref name="key"/> already has <paramref name="limit"/> hits within <paramref name="window"/> before <paramref name="now"/>.</summary>
    Task<bool?> TryHitAsync(string key, int limit, TimeSpan window, DateTimeOffset now);

    /// <summary>Whether <paramref name="key"/> has <paramref name="limit"/> hits within the window, without adding one.</summary>
    Task<bool?> IsLimitedAsync(string key, int limit, TimeSpan window, DateTimeOffset now);
}
