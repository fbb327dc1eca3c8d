using System.Collections.Concurrent;

namespace Hotline.Platform.Security;

/// <summary>
/// Sliding-window hit counters per key (an IP address, a phone number) kept in memory: enough for one
/// server instance. Each public endpoint derives its own limiter so that their counters stay apart.
/// </summary>
public abstract class SlidingWindowRateLimiter(TimeProvider clock)
{
    // Keys whose hits have all expired are dropped now and then, so rotating addresses cannot grow memory without bound.
    private const int PruneEvery = 1000;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _hits = new();
    private int _sincePrune;

    /// <summary>Records a hit and tells whether the key is still within <paramref name="limit"/> hits per <paramref name="window"/>.</summary>
    public bool TryHit(string key, int limit, TimeSpan window)
    {
        var now = clock.GetUtcNow();
        if (Interlocked.Increment(ref _sincePrune) >= PruneEvery)
            Prune(now, window);
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

    private void Prune(DateTimeOffset now, TimeSpan window)
    {
        Interlocked.Exchange(ref _sincePrune, 0);
        foreach (var (key, queue) in _hits)
        {
            lock (queue)
            {
                if (queue.Count == 0 || now - queue.Last() > window)
                    _hits.TryRemove(key, out _);
            }
        }
    }
}
