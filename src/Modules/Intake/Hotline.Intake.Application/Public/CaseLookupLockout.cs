using System.Collections.Concurrent;

namespace Hotline.Intake.Public;

/// <summary>
/// Failed progress lookups per case number, whoever sends them: after <see cref="MaxFailures"/> failures within the
/// cool-down, the number is locked for <see cref="CoolDown"/> on the app clock. This stops guessing a case's secret
/// from rotating addresses, which the per-address limiter alone cannot. Failures count for any number entered,
/// existing or not, so the lock itself tells nobody whether a case exists.
/// </summary>
internal sealed class CaseLookupLockout(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan CoolDown = TimeSpan.FromMinutes(15);
    private const int PruneEvery = 1000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new();
    private int _sincePrune;

    public bool IsLocked(string caseNumber)
    {
        if (!_entries.TryGetValue(caseNumber, out var entry))
            return false;
        lock (entry)
            return entry.LockedUntil > clock.GetUtcNow();
    }

    public void RecordFailure(string caseNumber)
    {
        var now = clock.GetUtcNow();
        if (Interlocked.Increment(ref _sincePrune) >= PruneEvery)
            Prune(now);
        var entry = _entries.GetOrAdd(caseNumber, _ => new Entry());
        lock (entry)
        {
            while (entry.Failures.Count > 0 && now - entry.Failures.Peek() > CoolDown)
                entry.Failures.Dequeue();
            entry.Failures.Enqueue(now);
            if (entry.Failures.Count >= MaxFailures)
            {
                entry.LockedUntil = now + CoolDown;
                entry.Failures.Clear();
            }
        }
    }

    public void RecordSuccess(string caseNumber) => _entries.TryRemove(caseNumber, out _);

    private void Prune(DateTimeOffset now)
    {
        Interlocked.Exchange(ref _sincePrune, 0);
        foreach (var (key, entry) in _entries)
        {
            lock (entry)
            {
                if (entry.LockedUntil <= now && (entry.Failures.Count == 0 || now - entry.Failures.Last() > CoolDown))
                    _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed class Entry
    {
        public Queue<DateTimeOffset> Failures { get; } = new();
        public DateTimeOffset LockedUntil { get; set; }
    }
}
