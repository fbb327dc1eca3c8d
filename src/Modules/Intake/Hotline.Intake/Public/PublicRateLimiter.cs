using System.Collections.Concurrent;

namespace Hotline.Intake.Public;

/// <summary>Sliding-window counters per key (an IP address) kept in memory; enough for one server instance.</summary>
internal sealed class PublicRateLimiter(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _hits = new();

    /// <summary>Records a hit and tells whether the key is still within <paramref name="limit"/> hits per <paramref name="window"/>.</summary>
    public bool TryHit(string key, int limit, TimeSpan window)
    {
        var now = clock.GetUtcNow();
        var queue = _hits.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() > window)
                queue.Dequeue();
            if (queue.Count >= limit)
                return false;
            queue.Enqueue(now);
            return true;
        }
    }
}
