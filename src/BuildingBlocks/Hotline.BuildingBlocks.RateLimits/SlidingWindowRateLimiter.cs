using System.Collections.Concurrent;

namespace Hotline.Platform.Security;

/// <summary>
/// Sliding-window hit counters per key (an IP address, a phone number): kept in memory on one app node, or shared by
/// every node when <paramref name="shared"/> is given (several nodes; the node's own counters stand in while the
/// shared store cannot be reached). Each policy (submit per hour, lookup per quarter hour, …) derives its own limiter
/// with its own window, so that counters stay apart and pruning never drops hits another policy still counts.
/// </summary>
public abstract class SlidingWindowRateLimiter(TimeProvider clock, TimeSpan window, ISharedRateLimits? shared = null)
{
    // Keys whose hits have all expired are dropped now and then, so rotating addresses cannot grow memory without bound.
    private const int PruneEvery = 1000;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _hits = new();
    private int _sincePrune;

    public TimeSpan Window => window;

    /// <summary>Records a hit and tells whether the key is still within <paramref name="limit"/> hits per window.</summary>
    public async ValueTask<bool> TryHitAsync(string key, int limit)
    {
        var now = clock.GetUtcNow();
        if (shared is not null && await shared.TryHitAsync(SharedKey(key), limit, window, now) is { } sharedAnswer)
            return sharedAnswer;
        return TryHitOnThisNode(key, limit, now);
    }

    /// <summary>Tells whether the key already has <paramref name="limit"/> hits in the window, without adding one.</summary>
    public async ValueTask<bool> IsLimitedAsync(string key, int limit)
    {
        var now = clock.GetUtcNow();
        if (shared is not null && await shared.IsLimitedAsync(SharedKey(key), limit, window, now) is { } sharedAnswer)
            return sharedAnswer;
        if (!_hits.TryGetValue(key, out var queue))
            return false;
        lock (queue)
            return queue.Count(at => now - at <= window) >= limit;
    }

    /// <summary>Adds a hit whatever the count, for something that has already happened.</summary>
    public async ValueTask RecordAsync(string key) => await TryHitAsync(key, int.MaxValue);

    private bool TryHitOnThisNode(string key, int limit, DateTimeOffset now)
    {
        if (Interlocked.Increment(ref _sincePrune) >= PruneEvery)
            Prune(now);
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

    // The policy's name keeps its counters apart from the other policies' in the one shared store.
    private string SharedKey(string key) => $"{GetType().Name}:{key}";

    /// <summary>How many keys are held: lets tests see that pruning works.</summary>
    internal int KeyCount => _hits.Count;

    private void Prune(DateTimeOffset now)
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
