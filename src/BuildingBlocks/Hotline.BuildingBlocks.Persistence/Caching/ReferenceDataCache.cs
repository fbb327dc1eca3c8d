using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Hotline.Platform.Caching;

/// <summary>
/// The small tables every request reads (<see cref="IReferenceData"/>: categories, request types, areas, member units, settings) kept in memory. A save through any
/// context that touches one of them empties the cache (before and after the write, so a read racing the save is not kept),
/// so an administrator's change applies at once on this node; another app node sees it at once through the relay between
/// nodes, or within <see cref="MaxAge"/> without one.
/// A registration and the handlers of its event read these tables about fifteen times; from memory they cost nothing.
/// </summary>
public sealed class ReferenceDataCache
{
    private const string OtherNodesTopic = "reference-data:changed";

    private readonly TimeProvider clock;
    private readonly Notifications.LiveUpdates live;

    public ReferenceDataCache(TimeProvider clock, Notifications.LiveUpdates live)
    {
        this.clock = clock;
        this.live = live;
        // With a relay between app nodes another node's change applies here at once, not after MaxAge.
        live.Subscribe<string>(OtherNodesTopic, _ =>
        {
            Invalidate();
            return Task.CompletedTask;
        });
    }

    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private sealed record Entry(long Generation, DateTimeOffset LoadedAt, object? Value);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();
    private long _generation;

    public async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        var generation = Interlocked.Read(ref _generation);
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == generation && now - entry.LoadedAt < MaxAge && now >= entry.LoadedAt)
            return (T)entry.Value!;
        // Stamped with the generation seen before loading: a save that lands meanwhile makes this value stale at once.
        var value = await load(cancellationToken);
        _entries[key] = new Entry(generation, now, value);
        return value;
    }

    private readonly ConditionalWeakTable<DbContext, object> _saving = new();

    /// <summary>Before a save (the platform's save interceptor calls it): empties the cache when the save touches a reference table, and again after it (<see cref="Saved"/>).</summary>
    public void Saving(DbContext context, IReadOnlyList<EntityEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && entry.Entity is IReferenceData)
            {
                Invalidate();
                _saving.AddOrUpdate(context, context);
                return;
            }
        }
    }

    public void Saved(DbContext context)
    {
        if (!_saving.Remove(context))
            return;
        Invalidate();
        live.PublishToOtherNodes(OtherNodesTopic, "");
    }

    public void Invalidate() => Interlocked.Increment(ref _generation);
}
