using System.Collections.Concurrent;

namespace Hotline.Evaluation.Public;

/// <summary>Sliding-window hit counters per IP address, in memory: enough for one server instance.</summary>
internal sealed class RatingRateLimiter(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _hits = new();

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
